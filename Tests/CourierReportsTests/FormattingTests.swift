import CourierReports
import XCTest

/// Sizes, durations, XML escaping and class names as newman prints them.
final class FormattingTests: XCTestCase {
    func testDurations() {
        XCTAssertEqual(DurationText.format(milliseconds: 0), "0µs")
        XCTAssertEqual(DurationText.format(milliseconds: 0.85), "850µs")
        XCTAssertEqual(DurationText.format(milliseconds: 15.75), "15ms")
        XCTAssertEqual(DurationText.format(milliseconds: 155), "155ms")
        XCTAssertEqual(DurationText.format(milliseconds: 1997.9), "1997ms")
        XCTAssertEqual(DurationText.format(milliseconds: 1998), "1.9s")
        XCTAssertEqual(DurationText.format(milliseconds: 2000), "2s")
        XCTAssertEqual(DurationText.format(milliseconds: 2500), "2.5s")
        XCTAssertEqual(DurationText.format(milliseconds: 2599), "2.5s")
        XCTAssertEqual(DurationText.format(milliseconds: 63_200), "1m 3.2s")
        XCTAssertEqual(DurationText.format(milliseconds: 120_000), "2m")
        XCTAssertEqual(DurationText.format(milliseconds: 3_723_400), "1h 2m 3.4s")
        XCTAssertEqual(DurationText.format(milliseconds: 90_000_000), "1d 1h")
    }

    func testSizes() {
        XCTAssertEqual(SizeText.format(bytes: 0), "0B")
        XCTAssertEqual(SizeText.format(bytes: 569), "569B")
        XCTAssertEqual(SizeText.format(bytes: 999), "999B")
        XCTAssertEqual(SizeText.format(bytes: 1000), "1kB")
        XCTAssertEqual(SizeText.format(bytes: 1068), "1.07kB")
        XCTAssertEqual(SizeText.format(bytes: 1500), "1.5kB")
        XCTAssertEqual(SizeText.format(bytes: 999_999), "1MB")
        XCTAssertEqual(SizeText.format(bytes: 1_520_000), "1.52MB")
        XCTAssertEqual(SizeText.format(bytes: 3_000_000_000), "3GB")
    }

    func testTimingStatisticsUsePopulationStandardDeviation() {
        let stats = TimingStatistics([49, 6, 4, 4])
        XCTAssertEqual(stats.average, 15.75)
        XCTAssertEqual(stats.minimum, 4)
        XCTAssertEqual(stats.maximum, 49)
        XCTAssertEqual(stats.standardDeviation, 19.214252522541695, accuracy: 1e-12)
        XCTAssertEqual(TimingStatistics([]), TimingStatistics([0]))
    }

    func testXMLAttributesEscapeMarkupQuotesAndWhitespace() {
        XCTAssertEqual(
            XMLText.attribute("a&b<c>\"d\"\te\nf\rg"), "a&amp;b&lt;c&gt;&quot;d&quot;&#x9;e&#xA;f&#xD;g")
        XCTAssertEqual(XMLText.attribute("it's ✓"), "it's ✓")
    }

    func testCDATASplitsTheEndMarker() {
        XCTAssertEqual(XMLText.cdata("a]]>b"), "<![CDATA[a]]]]><![CDATA[>b]]>")
        XCTAssertEqual(XMLText.cdata("x ]]> y ]]>"), "<![CDATA[x ]]]]><![CDATA[> y ]]]]><![CDATA[>]]>")
    }

    func testInvalidXMLCharactersAreRemoved() {
        XCTAssertEqual(
            XMLText.removingInvalidCharacters("a\u{0}b\u{8}c\u{1F}d\te\nf\u{FFFE}g\u{FFFF}h😀"),
            "abcd\te\nfgh😀")
        XCTAssertEqual(XMLText.cdata("bell\u{7}"), "<![CDATA[bell]]>")
    }
}
