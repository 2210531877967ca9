import XCTest

@testable import CourierScripting

final class CheerioLibraryTests: XCTestCase {
    private let harness = SandboxModuleHarness()

    private static let page = """
        var $ = require('cheerio').load('<!DOCTYPE html><html><head><title>T &amp; t</title></head><body>' +
          '<div id="main" class="box big"><p>One<p>Two <b>bold</b><ul><li class=a>A<li>B<li data-x="5">C</ul></div>' +
          '<input name=q value="v"><br/><a href="/x?a=1&amp;b=2">link</a>' +
          '<select name=s><option value=1>1<option value=2 selected>2</select><script>if (a < b) {}</script></body></html>');

        """

    func testSelectorsFindElements() {
        let cases: [(String, String)] = [
            ("return $('title').text();", "T & t"),
            ("return $('#main').hasClass('big') + ' ' + $('#main').hasClass('nope');", "true false"),
            ("return $('p').length + ' ' + $('p').eq(1).text();", "2 Two bold"),
            (
                "return $('ul > li.a').text() + $('li:first').text() + $('li:last').text() + $('li:eq(1)').text();",
                "AACB"
            ),
            ("return $('h1, li.a, title').length;", "2"),
            (
                "return $('[data-x]').text() + $('a[href^=\"/x\"]').length + $('li:nth-child(2)').text();",
                "C1B"
            ),
            (
                "return $('body > div').attr('id') + ' ' + $('p:contains(\"Two\")').length + ' ' + $('li').not('.a').length;",
                "main 1 2"
            ),
            ("return $('div li:first-child').text() + $('#main .big').length + $('.box.big').length;", "A01"),
            ("return $('script').text();", "if (a < b) {}"),
        ]
        assertModuleResults(harness, cases.map { (Self.page + $0.0, $0.1) })
    }

    func testReadingValuesAndMarkup() {
        let cases: [(String, String)] = [
            ("return $('a').attr('href') + ' ' + typeof $('a').attr('title');", "/x?a=1&b=2 undefined"),
            ("return $('input').val() + $('select').val();", "v2"),
            ("return $('ul').html();", "<li class=\"a\">A</li><li>B</li><li data-x=\"5\">C</li>"),
            ("return $.html('b') + ' ' + $('li').last().data('x');", "<b>bold</b> 5"),
            ("return $('br').length + ' ' + $.html('input');", "1 <input name=\"q\" value=\"v\">"),
            (
                "return typeof $('.none').attr('x') + ' ' + $('.none').html() + ' ' + $('.none').text().length;",
                "undefined null 0"
            ),
        ]
        assertModuleResults(harness, cases.map { (Self.page + $0.0, $0.1) })
    }

    func testTraversalAndIteration() {
        let cases: [(String, String)] = [
            ("return $('li').map(function (i, el) { return $(el).text(); }).get().join('|');", "A|B|C"),
            (
                "var out = []; $('li').each(function (i, el) { out.push(i + ':' + $(this).text()); }); return out.join(',');",
                "0:A,1:B,2:C"
            ),
            (
                "return $('#main').find('li').length + ' ' + $('b').parent().text() + ' ' + $('li').first().next().text();",
                "3 Two bold B"
            ),
            (
                "return $('ul').children().length + ' ' + $('li').eq(-1).prev().text() + ' ' + $('li.a').siblings().length;",
                "3 B 2"
            ),
            ("return $('b').closest('div').attr('id') + ' ' + $('b').parents().length;", "main 4"),
            (
                "return $('li', '#main').length + ' ' + $('li').filter('.a').length + ' ' + $('li').is('[data-x]');",
                "3 1 true"
            ),
            ("return $('<p class=\"x\">hi</p>').hasClass('x') + ' ' + $($('li')[1]).text();", "true B"),
            (
                "$('li.a').addClass('on').attr('title', 'T'); return $.html('li.on');",
                "<li class=\"a on\" title=\"T\">A</li>"
            ),
        ]
        assertModuleResults(harness, cases.map { (Self.page + $0.0, $0.1) })
    }

    func testSerialisesEntitiesLikeCheerio022() {
        let cases: [(String, String)] = [
            (
                "var $ = require('cheerio').load('<p title=\"a&quot;b\">It\\'s \u{e4} &amp; \"q\"</p>'); return $.html('p') + ' ' + $('p').text();",
                "<p title=\"a&quot;b\">It&apos;s &#xE4; &amp; &quot;q&quot;</p> It's \u{e4} & \"q\""
            ),
            (
                "var $ = require('cheerio').load('<p>\u{e4} &amp;</p>', {decodeEntities: false}); return $('p').html() + ' ' + $('p').text();",
                "\u{e4} &amp; \u{e4} &amp;"
            ),
        ]
        assertModuleResults(harness, cases)
    }

    func testLenientParsing() {
        let cases: [(String, String)] = [
            (
                "var $ = require('cheerio').load('<table><tr><td>1<td>2<tr><td>3</table>'); return $('tr').length + ' ' + $('td').length + ' ' + $('tr').eq(1).text();",
                "2 3 3"
            ),
            (
                "var $ = require('cheerio').load('<p>a &copy; &#169; &nbsp;b &unknown; 1 < 2</p>'); return $('p').text();",
                "a © © \u{a0}b &unknown; 1 < 2"
            ),
            (
                "var $ = require('cheerio').load('<div><span>x</div>after'); return $('div').text() + '|' + $.root().text();",
                "x|xafter"
            ),
        ]
        assertModuleResults(harness, cases)
    }
}
