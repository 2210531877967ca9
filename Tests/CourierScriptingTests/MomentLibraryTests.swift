import XCTest

@testable import CourierScripting

/// `require('moment')`: parsing, formatting, arithmetic and comparisons (checked in UTC so any machine zone works).
final class MomentLibraryTests: XCTestCase {
    private let sandbox = NativeLibrarySandbox()

    private func run(_ script: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        sandbox.run(
            "var moment = require('moment'), m = moment.utc('2024-02-29T13:05:09.123Z');\n" + script,
            file: file, line: line)
    }

    func testFormatTokens() {
        XCTAssertEqual(
            run("m.format('YYYY YY MM M MMM MMMM DD D Do ddd dddd HH H hh h mm m ss s SSS A a Z ZZ X x')"),
            "2024 24 02 2 Feb February 29 29 29th Thu Thursday 13 13 01 1 05 5 09 9 123 PM pm +00:00 +0000 1709211909 1709211909123"
        )
        XCTAssertEqual(run("m.format()"), "2024-02-29T13:05:09Z")
        XCTAssertEqual(
            run("m.toISOString() + ' ' + m.valueOf() + ' ' + m.unix()"),
            "2024-02-29T13:05:09.123Z 1709211909123 1709211909")
        XCTAssertEqual(run("m.format('[Today is] dddd, LL')"), "Today is Thursday, February 29, 2024")
        XCTAssertEqual(run("JSON.stringify({at: m})"), #"{"at":"2024-02-29T13:05:09.123Z"}"#)
        XCTAssertEqual(
            run("moment('garbage in').format() + ',' + moment('garbage in').isValid()"), "Invalid date,false")
    }

    func testParsing() {
        XCTAssertEqual(run("moment.utc('25/12/2023', 'DD/MM/YYYY').format('YYYY-MM-DD')"), "2023-12-25")
        XCTAssertEqual(
            run("moment.utc('Dec 25, 2023 3:04 PM', 'MMM DD, YYYY h:mm A').format()"), "2023-12-25T15:04:00Z")
        XCTAssertEqual(
            run(
                "moment('1995-12-25', 'YYYY-MM-DD', true).isValid() + ',' + moment('1995-12-25x', 'YYYY-MM-DD', true).isValid()"
            ), "true,false")
        XCTAssertEqual(run("moment('2024-01-01T00:00:00+05:30').toISOString()"), "2023-12-31T18:30:00.000Z")
        XCTAssertEqual(
            run("moment.utc(1318781876406).toISOString() + ' ' + moment.unix(1318781876).unix()"),
            "2011-10-16T16:17:56.406Z 1318781876")
        XCTAssertEqual(
            run("moment.utc([2010, 0, 31]).format('YYYY-MM-DD') + ' ' + moment('2024-02-30').isValid()"),
            "2010-01-31 false")
        XCTAssertEqual(run("moment(new Date(2020, 5, 15, 10)).format('YYYY-MM-DD HH')"), "2020-06-15 10")
        XCTAssertEqual(run("moment('2020-06-15 10:20').format('YYYY-MM-DD HH:mm')"), "2020-06-15 10:20")
    }

    func testArithmetic() {
        XCTAssertEqual(run("m.clone().add(1, 'year').format('YYYY-MM-DD')"), "2025-02-28")
        XCTAssertEqual(run("moment.utc('2024-01-31').add(1, 'months').format('YYYY-MM-DD')"), "2024-02-29")
        XCTAssertEqual(run("m.clone().add({days: 2, hours: 3}).format()"), "2024-03-02T16:05:09Z")
        XCTAssertEqual(
            run("m.clone().subtract(7, 'd').subtract(30, 'minutes').format()"), "2024-02-22T12:35:09Z")
        XCTAssertEqual(run("m.clone().add(moment.duration(90, 'seconds')).format('HH:mm:ss')"), "13:06:39")
        XCTAssertEqual(run("m.format('DD')"), "29", "add and subtract work on clones only")
    }

    func testStartAndEndOf() {
        XCTAssertEqual(run("m.clone().startOf('month').toISOString()"), "2024-02-01T00:00:00.000Z")
        XCTAssertEqual(run("m.clone().endOf('month').toISOString()"), "2024-02-29T23:59:59.999Z")
        XCTAssertEqual(run("m.clone().startOf('week').format('YYYY-MM-DD ddd')"), "2024-02-25 Sun")
        XCTAssertEqual(run("m.clone().startOf('isoWeek').format('YYYY-MM-DD ddd')"), "2024-02-26 Mon")
        XCTAssertEqual(run("m.clone().startOf('day').format('HH:mm:ss.SSS')"), "00:00:00.000")
        XCTAssertEqual(run("m.clone().endOf('year').toISOString()"), "2024-12-31T23:59:59.999Z")
    }

    func testDiffAndComparisons() {
        XCTAssertEqual(run("moment.utc('2024-03-31').diff(moment.utc('2024-01-31'), 'months')"), "2")
        XCTAssertEqual(
            run("moment.utc('2024-01-02T12:00:00Z').diff(moment.utc('2024-01-01'), 'days', true)"), "1.5")
        XCTAssertEqual(run("moment.utc('2024-01-02T12:00:00Z').diff(moment.utc('2024-01-01'), 'days')"), "1")
        XCTAssertEqual(run("moment.utc('2025-06-01').diff('2024-01-01', 'years')"), "1")
        XCTAssertEqual(run("moment.utc('2024-01-01').diff(moment.utc('2024-01-01T00:00:01Z'))"), "-1000")
        XCTAssertEqual(
            run(
                "moment('2024-01-01').isBefore('2024-01-02') + ',' + moment('2024-01-01').isAfter('2024-01-02')"
            ), "true,false")
        XCTAssertEqual(run("moment('2024-01-01T10:00').isSame('2024-01-01T23:00', 'day')"), "true")
        XCTAssertEqual(
            run(
                "[moment('2024-01-05').isBetween('2024-01-01', '2024-01-10'), moment('2024-01-01').isBetween('2024-01-01', '2024-01-10'), moment('2024-01-01').isBetween('2024-01-01', '2024-01-10', null, '[]')].join()"
            ),
            "true,false,true")
    }

    func testGettersSettersAndZones() {
        XCTAssertEqual(
            run(
                "var x = moment.utc('2024-05-06T07:08:09Z'); [x.year(), x.month(), x.date(), x.day(), x.hour(), x.minute(), x.second(), x.millisecond()].join()"
            ),
            "2024,4,6,1,7,8,9,0")
        XCTAssertEqual(
            run("moment.utc('2024-05-06T07:08:09Z').year(2020).month(1).date(29).hours(1).format()"),
            "2020-02-29T01:08:09Z")
        XCTAssertEqual(run("moment.utc('2024-01-31').month(1).format('YYYY-MM-DD')"), "2024-02-29")
        XCTAssertEqual(run("m.clone().utcOffset(120).format()"), "2024-02-29T15:05:09+02:00")
        XCTAssertEqual(
            run("moment.parseZone('2024-01-01T00:00:00+05:30').format()"), "2024-01-01T00:00:00+05:30")
        XCTAssertEqual(
            run(
                "var l = m.clone().local(); l.isLocal() + ',' + (l.valueOf() === m.valueOf()) + ',' + l.isUTC()"
            ), "true,true,false")
        XCTAssertEqual(
            run("moment().isValid() + ',' + (Math.abs(moment().valueOf() - Date.now()) < 5000)"), "true,true")
        XCTAssertEqual(
            run(
                "moment.isMoment(m) + ',' + moment.isMoment(new Date()) + ',' + (m.toDate() instanceof Date)"),
            "true,false,true")
    }

    func testDurations() {
        XCTAssertEqual(
            run("var d = moment.duration(90, 'minutes'); [d.asHours(), d.hours(), d.minutes()].join()"),
            "1.5,1,30")
        XCTAssertEqual(run("moment.duration({days: 1, hours: 2}).asMilliseconds()"), "93600000")
        XCTAssertEqual(
            run("moment.duration('01:30:00').asMinutes() + ',' + moment.duration('P1DT2H').asHours()"),
            "90,26")
        XCTAssertEqual(
            run("moment.duration(2, 'days').humanize() + ',' + moment.duration(1, 'hours').humanize(true)"),
            "2 days,in an hour")
        XCTAssertEqual(run("moment.utc('2024-01-01').from(moment.utc('2024-01-04'))"), "3 days ago")
    }
}
