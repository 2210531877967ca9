/// `moment` for collection scripts: moment 2.x without locales (English), in the machine's local time zone.
///
/// Parsing (ISO 8601, format strings, numbers, arrays, objects), formatting tokens, arithmetic, `diff`, comparisons,
/// `startOf`/`endOf`, getters and setters, `utc`/`local`/`utcOffset`, relative time and `moment.duration`.
enum MomentLibrary {
    /// The module, as `require` serves it.
    static let library = SandboxLibrary(
        names: ["moment"],
        source: #"""
        (function (require, native) {
          'use strict';
          var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
          var DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
          var LONG = { LTS: 'h:mm:ss A', LT: 'h:mm A', L: 'MM/DD/YYYY', LL: 'MMMM D, YYYY', LLL: 'MMMM D, YYYY h:mm A', LLLL: 'dddd, MMMM D, YYYY h:mm A',
            l: 'M/D/YYYY', ll: 'MMM D, YYYY', lll: 'MMM D, YYYY h:mm A', llll: 'ddd, MMM D, YYYY h:mm A' };
          var ALIASES = { y: 'year', years: 'year', year: 'year', Q: 'quarter', quarters: 'quarter', quarter: 'quarter', M: 'month', months: 'month', month: 'month',
            w: 'week', weeks: 'week', week: 'week', W: 'isoWeek', isoWeeks: 'isoWeek', isoWeek: 'isoWeek', isoweek: 'isoWeek', d: 'day', days: 'day', day: 'day',
            D: 'date', dates: 'date', date: 'date', h: 'hour', hours: 'hour', hour: 'hour', m: 'minute', minutes: 'minute', minute: 'minute',
            s: 'second', seconds: 'second', second: 'second', ms: 'millisecond', milliseconds: 'millisecond', millisecond: 'millisecond',
            E: 'isoWeekday', isoWeekday: 'isoWeekday', isoWeekdays: 'isoWeekday', e: 'weekday', weekday: 'weekday', weekdays: 'weekday',
            DDD: 'dayOfYear', dayOfYear: 'dayOfYear', dayOfYears: 'dayOfYear' };
          var MS = { millisecond: 1, second: 1e3, minute: 6e4, hour: 36e5 };
          function unit(u) { return u === undefined || u === null ? u : ALIASES[u] || ALIASES[String(u).toLowerCase()] || ALIASES[String(u).replace(/s$/, '')]; }
          function pad(n, width) { var s = String(Math.abs(n)); while (s.length < width) s = '0' + s; return (n < 0 ? '-' : '') + s; }
          function truncate(n) { return n < 0 ? Math.ceil(n) || 0 : Math.floor(n); }
          function offsetText(minutes, sep) { var a = Math.abs(minutes); return (minutes < 0 ? '-' : '+') + pad(Math.floor(a / 60), 2) + sep + pad(a % 60, 2); }
          function ordinal(n) { var b = n % 10, t = n % 100; return n + (t >= 11 && t <= 13 ? 'th' : b === 1 ? 'st' : b === 2 ? 'nd' : b === 3 ? 'rd' : 'th'); }

          // --- The Moment object: a Date plus a zone (null: local time, a number: fixed offset in minutes).
          function Moment(time, offset, valid) {
            this._d = new Date(valid === false ? NaN : time);
            this._offset = offset === undefined ? null : offset;
            this._isUTC = offset === 0;
            this._isAMomentObject = true;
          }
          var fn = Moment.prototype;
          function field(m, name) {
            return m._offset === null ? m._d['get' + name]() : new Date(m._d.getTime() + m._offset * 6e4)['getUTC' + name]();
          }
          function setFields(m, change) {
            if (m._offset === null) { change(m._d, ''); return m; }
            var wall = new Date(m._d.getTime() + m._offset * 6e4);
            change(wall, 'UTC');
            m._d = new Date(wall.getTime() - m._offset * 6e4);
            return m;
          }
          function daysIn(year, month) { return new Date(Date.UTC(year, month + 1, 0)).getUTCDate(); }
          fn.clone = function () { return new Moment(this._d.getTime(), this._offset === null ? undefined : this._offset).utcFlag(this._isUTC); };
          fn.utcFlag = function (flag) { this._isUTC = flag; return this; };
          fn.isValid = function () { return !isNaN(this._d.getTime()); };
          fn.valueOf = function () { return this._d.getTime(); };
          fn.unix = function () { return Math.floor(this.valueOf() / 1000); };
          fn.toDate = function () { return new Date(this.valueOf()); };
          fn.utcOffset = function (value, keepLocalTime) {
            if (value === undefined) return this._offset === null ? -this._d.getTimezoneOffset() || 0 : this._offset;
            if (typeof value === 'string') {
              var match = /([+-]|Z)(\d\d)?:?(\d\d)?$/.exec(value);
              if (!match) return this;
              value = match[1] === 'Z' ? 0 : (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] || 0));
            } else if (Math.abs(value) < 16) value *= 60;
            var before = this.utcOffset();
            this._offset = value; this._isUTC = value === 0 && this._isUTC;
            if (keepLocalTime) this._d = new Date(this._d.getTime() - (value - before) * 6e4);
            return this;
          };
          fn.utc = function (keepLocalTime) { this.utcOffset(0, keepLocalTime); this._isUTC = true; return this; };
          fn.local = function (keepLocalTime) {
            var before = this.utcOffset();
            this._offset = null; this._isUTC = false;
            if (keepLocalTime) this._d = new Date(this._d.getTime() + (before - this.utcOffset()) * 6e4);
            return this;
          };
          fn.isUTC = fn.isUtc = function () { return this._isUTC; };
          fn.isLocal = function () { return this._offset === null; };
          fn.isUtcOffset = function () { return this._offset !== null; };
          fn.isDST = function () {
            if (this._offset !== null) return false;
            var y = this.year(), jan = -new Date(y, 0, 1).getTimezoneOffset(), jul = -new Date(y, 6, 1).getTimezoneOffset();
            return jan !== jul && this.utcOffset() === Math.max(jan, jul);
          };

          // --- Getters and setters.
          function accessor(name, getter, setter) {
            fn[name] = fn[name + 's'] = function (value) {
              if (value === undefined) return this.isValid() ? getter(this) : NaN;
              if (this.isValid()) setter(this, Number(value));
              return this;
            };
          }
          function plain(name, part) {
            accessor(name, function (m) { return field(m, part); }, function (m, v) { setFields(m, function (d, z) { d['set' + z + part](v); }); });
          }
          accessor('year', function (m) { return field(m, 'FullYear'); }, function (m, v) {
            var month = m.month(), day = Math.min(m.date(), daysIn(v, month));
            setFields(m, function (d, z) { d['set' + z + 'FullYear'](v, month, day); });
          });
          accessor('month', function (m) { return field(m, 'Month'); }, function (m, v) {
            var year = m.year(), target = new Date(Date.UTC(year, v, 1)), day = Math.min(m.date(), daysIn(target.getUTCFullYear(), target.getUTCMonth()));
            setFields(m, function (d, z) { d['set' + z + 'Month'](v, day); });
          });
          plain('date', 'Date'); plain('hour', 'Hours'); plain('minute', 'Minutes'); plain('second', 'Seconds'); plain('millisecond', 'Milliseconds');
          accessor('day', function (m) { return field(m, 'Day'); }, function (m, v) { m.add(v - m.day(), 'days'); });
          accessor('weekday', function (m) { return field(m, 'Day'); }, function (m, v) { m.add(v - m.day(), 'days'); });
          accessor('isoWeekday', function (m) { return field(m, 'Day') || 7; }, function (m, v) { m.add(v - (m.day() || 7), 'days'); });
          accessor('dayOfYear', function (m) {
            return Math.round((Date.UTC(m.year(), m.month(), m.date()) - Date.UTC(m.year(), 0, 1)) / 864e5) + 1;
          }, function (m, v) { m.add(v - m.dayOfYear(), 'days'); });
          accessor('quarter', function (m) { return Math.floor(m.month() / 3) + 1; }, function (m, v) { m.month((v - 1) * 3 + (m.month() % 3)); });
          function weekOf(m, firstDay, minDays) {
            // Week-numbering year and week: the week containing Jan `minDays` is week 1.
            var local = Date.UTC(m.year(), m.month(), m.date()), shift = (field(m, 'Day') - firstDay + 7) % 7;
            var weekStart = local - shift * 864e5, thursday = new Date(weekStart + (7 - minDays) * 864e5);
            var year = thursday.getUTCFullYear(), jan1 = Date.UTC(year, 0, 1);
            var firstWeekStart = jan1 - ((new Date(jan1).getUTCDay() - firstDay + 7) % 7) * 864e5;
            if (jan1 - firstWeekStart > (7 - minDays) * 864e5) firstWeekStart += 7 * 864e5;
            return { year: year, week: Math.round((weekStart - firstWeekStart) / (7 * 864e5)) + 1 };
          }
          accessor('week', function (m) { return weekOf(m, 0, 1).week; }, function (m, v) { m.add((v - m.week()) * 7, 'days'); });
          accessor('isoWeek', function (m) { return weekOf(m, 1, 4).week; }, function (m, v) { m.add((v - m.isoWeek()) * 7, 'days'); });
          fn.weekYear = function () { return weekOf(this, 0, 1).year; };
          fn.isoWeekYear = function () { return weekOf(this, 1, 4).year; };
          fn.get = function (u) { u = unit(u); return typeof this[u] === 'function' ? this[u]() : NaN; };
          fn.set = function (u, value) {
            if (typeof u === 'object') { var self = this; ['year', 'month', 'date', 'hour', 'minute', 'second', 'millisecond'].forEach(function (k) {
              Object.keys(u).forEach(function (key) { if (unit(key) === k) self.set(k, u[key]); }); }); return this; }
            u = unit(u);
            return typeof this[u] === 'function' ? this[u](value) : this;
          };
          fn.daysInMonth = function () { return daysIn(this.year(), this.month()); };
          fn.isLeapYear = function () { var y = this.year(); return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; };
          fn.toArray = function () { return [this.year(), this.month(), this.date(), this.hour(), this.minute(), this.second(), this.millisecond()]; };
          fn.toObject = function () {
            return { years: this.year(), months: this.month(), date: this.date(), hours: this.hour(), minutes: this.minute(), seconds: this.second(), milliseconds: this.millisecond() };
          };

          // --- Arithmetic.
          function addTo(m, amount, u, sign) {
            if (!m.isValid()) return m;
            if (amount && typeof amount === 'object') {
              var d = isDuration(amount) ? amount : createDuration(amount);
              addTo(m, d._months, 'month', sign); addTo(m, d._days, 'day', sign); addTo(m, d._milliseconds, 'millisecond', sign);
              return m;
            }
            if (typeof amount === 'string' && typeof u === 'number') { var t = amount; amount = u; u = t; }
            var n = Number(amount) * sign, name = unit(u) || 'millisecond';
            if (!n) return m;
            if (name === 'year') return addMonths(m, n * 12);
            if (name === 'quarter') return addMonths(m, n * 3);
            if (name === 'month') return addMonths(m, n);
            if (name === 'week' || name === 'isoWeek') n *= 7, name = 'day';
            if (name === 'day' || name === 'date') { n = Math.round(n); return setFields(m, function (d, z) { d['set' + z + 'Date'](d['get' + z + 'Date']() + n); }); }
            m._d = new Date(m._d.getTime() + n * (MS[name] || 1));
            return m;
          }
          function addMonths(m, n) {
            n = Math.round(n);
            var total = m.year() * 12 + m.month() + n, year = Math.floor(total / 12), month = total - year * 12;
            var day = Math.min(m.date(), daysIn(year, month));
            return setFields(m, function (d, z) { d['set' + z + 'FullYear'](year, month, day); });
          }
          fn.add = function (amount, u) { return addTo(this, amount, u, 1); };
          fn.subtract = function (amount, u) { return addTo(this, amount, u, -1); };
          fn.startOf = function (u) {
            u = unit(u);
            if (!this.isValid() || !u || u === 'millisecond') return this;
            var m = this;
            if (u === 'year') m.month(0);
            if (u === 'quarter') m.month(m.month() - (m.month() % 3));
            if (u === 'year' || u === 'quarter' || u === 'month') m.date(1);
            if (u === 'week') m.add(-m.day(), 'days');
            if (u === 'isoWeek') m.add(-((m.day() + 6) % 7), 'days');
            return setFields(m, function (d, z) {
              if (u === 'second') d['set' + z + 'Milliseconds'](0);
              else if (u === 'minute') d['set' + z + 'Seconds'](0, 0);
              else if (u === 'hour') d['set' + z + 'Minutes'](0, 0, 0);
              else d['set' + z + 'Hours'](0, 0, 0, 0);
            });
          };
          fn.endOf = function (u) {
            u = unit(u);
            if (!this.isValid() || !u || u === 'millisecond') return this;
            return this.startOf(u).add(1, u === 'date' ? 'day' : u).subtract(1, 'ms');
          };
          function monthsBetween(a, b) {
            // Whole months from a to b plus the fraction of the month around b, as moment computes it.
            if (a.date() < b.date()) return -monthsBetween(b, a);
            var whole = (b.year() - a.year()) * 12 + (b.month() - a.month());
            var anchor = a.clone().add(whole, 'months'), other;
            if (b - anchor < 0) { other = a.clone().add(whole - 1, 'months'); return whole + (b - anchor) / (anchor - other); }
            other = a.clone().add(whole + 1, 'months');
            return whole + (b - anchor) / (other - anchor) || whole;
          }
          fn.diff = function (input, u, asFloat) {
            var that = toMoment(input);
            if (!this.isValid() || !that.isValid()) return NaN;
            u = unit(u) || 'millisecond';
            var result, zoneDelta = (that.utcOffset() - this.utcOffset()) * 6e4;
            if (u === 'year' || u === 'month' || u === 'quarter') {
              var same = that.clone();
              if (this._offset === null) same.local(); else same.utcOffset(this._offset);
              result = -monthsBetween(this, same) || 0;
              if (u === 'year') result /= 12; else if (u === 'quarter') result /= 3;
            } else {
              var delta = this - that;
              result = u === 'day' || u === 'date' ? (delta - zoneDelta) / 864e5 : u === 'week' || u === 'isoWeek' ? (delta - zoneDelta) / 6048e5 : delta / (MS[u] || 1);
            }
            return asFloat ? result : truncate(result);
          };

          // --- Comparison.
          function toMoment(input) { return isMoment(input) ? input : createMoment(input, undefined, undefined, null); }
          fn.isBefore = function (input, u) {
            var other = toMoment(input); u = unit(u) || 'millisecond';
            if (!this.isValid() || !other.isValid()) return false;
            return u === 'millisecond' ? this.valueOf() < other.valueOf() : this.clone().endOf(u).valueOf() < other.valueOf();
          };
          fn.isAfter = function (input, u) {
            var other = toMoment(input); u = unit(u) || 'millisecond';
            if (!this.isValid() || !other.isValid()) return false;
            return u === 'millisecond' ? this.valueOf() > other.valueOf() : other.valueOf() < this.clone().startOf(u).valueOf();
          };
          fn.isSame = function (input, u) {
            var other = toMoment(input); u = unit(u) || 'millisecond';
            if (!this.isValid() || !other.isValid()) return false;
            if (u === 'millisecond') return this.valueOf() === other.valueOf();
            var t = other.valueOf();
            return this.clone().startOf(u).valueOf() <= t && t <= this.clone().endOf(u).valueOf();
          };
          fn.isSameOrAfter = function (input, u) { return this.isSame(input, u) || this.isAfter(input, u); };
          fn.isSameOrBefore = function (input, u) { return this.isSame(input, u) || this.isBefore(input, u); };
          fn.isBetween = function (from, to, u, inclusivity) {
            inclusivity = inclusivity || '()';
            var a = toMoment(from), b = toMoment(to);
            return (inclusivity[0] === '(' ? this.isAfter(a, u) : !this.isBefore(a, u)) && (inclusivity[1] === ')' ? this.isBefore(b, u) : !this.isAfter(b, u));
          };

          // --- Formatting.
          var TOKENS = /\[([^\]]*)]|LTS|LT|LL?L?L?|l{1,4}|YYYYYY|YYYY|YY|Y|Qo|Q|MMMM|MMM|Mo|MM|M|DDDD|DDDo|DDD|Do|DD|D|dddd|ddd|do|dd|d|E|e|gggg|gg|GGGG|GG|wo|ww|w|Wo|WW|W|HH|H|hh|h|kk|k|mm|m|ss|s|S{1,9}|A|a|ZZ|Z|X|x/g;
          function formatToken(m, token) {
            var offset = m.utcOffset();
            switch (token) {
              case 'YYYYYY': return (m.year() < 0 ? '-' : '+') + pad(Math.abs(m.year()), 6);
              case 'YYYY': return m.year() > 9999 ? '+' + m.year() : pad(m.year(), 4);
              case 'YY': return pad(Math.abs(m.year()) % 100, 2);
              case 'Y': return String(m.year());
              case 'Q': return String(m.quarter());
              case 'Qo': return ordinal(m.quarter());
              case 'MMMM': return MONTHS[m.month()];
              case 'MMM': return MONTHS[m.month()].slice(0, 3);
              case 'MM': return pad(m.month() + 1, 2);
              case 'Mo': return ordinal(m.month() + 1);
              case 'M': return String(m.month() + 1);
              case 'DDDD': return pad(m.dayOfYear(), 3);
              case 'DDDo': return ordinal(m.dayOfYear());
              case 'DDD': return String(m.dayOfYear());
              case 'DD': return pad(m.date(), 2);
              case 'Do': return ordinal(m.date());
              case 'D': return String(m.date());
              case 'dddd': return DAYS[m.day()];
              case 'ddd': return DAYS[m.day()].slice(0, 3);
              case 'dd': return DAYS[m.day()].slice(0, 2);
              case 'do': return ordinal(m.day());
              case 'd': case 'e': return String(m.day());
              case 'E': return String(m.isoWeekday());
              case 'gggg': return pad(m.weekYear(), 4);
              case 'gg': return pad(m.weekYear() % 100, 2);
              case 'GGGG': return pad(m.isoWeekYear(), 4);
              case 'GG': return pad(m.isoWeekYear() % 100, 2);
              case 'ww': return pad(m.week(), 2);
              case 'wo': return ordinal(m.week());
              case 'w': return String(m.week());
              case 'WW': return pad(m.isoWeek(), 2);
              case 'Wo': return ordinal(m.isoWeek());
              case 'W': return String(m.isoWeek());
              case 'HH': return pad(m.hour(), 2);
              case 'H': return String(m.hour());
              case 'hh': return pad(m.hour() % 12 || 12, 2);
              case 'h': return String(m.hour() % 12 || 12);
              case 'kk': return pad(m.hour() || 24, 2);
              case 'k': return String(m.hour() || 24);
              case 'mm': return pad(m.minute(), 2);
              case 'm': return String(m.minute());
              case 'ss': return pad(m.second(), 2);
              case 's': return String(m.second());
              case 'A': return m.hour() < 12 ? 'AM' : 'PM';
              case 'a': return m.hour() < 12 ? 'am' : 'pm';
              case 'ZZ': return offsetText(offset, '');
              case 'Z': return offsetText(offset, ':');
              case 'X': return String(m.unix());
              case 'x': return String(m.valueOf());
            }
            if (token[0] === 'S') return (pad(m.millisecond(), 3) + '000000').slice(0, token.length);
            return token;
          }
          function expandLong(format) {
            return format.replace(/\[[^\]]*]|LTS|LT|LLLL|LLL|LL|L|llll|lll|ll|l/g, function (t) { return LONG[t] || t; });
          }
          fn.format = function (format) {
            if (!this.isValid()) return 'Invalid date';
            if (format === undefined) format = this._isUTC ? moment.defaultFormatUtc : moment.defaultFormat;
            var m = this;
            return expandLong(String(format)).replace(TOKENS, function (token, literal) { return literal !== undefined ? literal : formatToken(m, token); });
          };
          fn.toISOString = function (keepOffset) {
            if (!this.isValid()) return null;
            var y = this.clone().utc().year();
            if (keepOffset && !this._isUTC) return this.format('YYYY-MM-DDTHH:mm:ss.SSSZ');
            return y < 0 || y > 9999 ? this.clone().utc().format('YYYYYY-MM-DDTHH:mm:ss.SSS[Z]') : this._d.toISOString();
          };
          fn.toJSON = function () { return this.isValid() ? this.toISOString() : null; };
          fn.toString = function () { return this.isValid() ? this.clone().locale('en').format('ddd MMM DD YYYY HH:mm:ss [GMT]ZZ') : 'Invalid date'; };
          fn.inspect = function () { return 'moment' + (this._isUTC ? '.utc' : '') + '("' + this.format('YYYY-MM-DDTHH:mm:ss.SSSZ') + '")'; };
          fn.locale = function (name) { return name === undefined ? 'en' : this; };
          fn.localeData = function () { return localeData; };

          // --- Relative time.
          function relative(ms, withoutSuffix, future) {
            var s = Math.round(Math.abs(ms) / 1000), mi = Math.round(s / 60), h = Math.round(mi / 60), d = Math.round(h / 24);
            var mo = Math.round(Math.abs(ms) / 864e5 / 30.436875), y = Math.round(mo / 12), text;
            if (s < 45) text = 'a few seconds';
            else if (mi < 2) text = 'a minute';
            else if (mi < 45) text = mi + ' minutes';
            else if (h < 2) text = 'an hour';
            else if (h < 22) text = h + ' hours';
            else if (d < 2) text = 'a day';
            else if (d < 26) text = d + ' days';
            else if (mo < 2) text = 'a month';
            else if (mo < 11) text = mo + ' months';
            else if (y < 2) text = 'a year';
            else text = y + ' years';
            return withoutSuffix ? text : future ? 'in ' + text : text + ' ago';
          }
          fn.from = function (input, withoutSuffix) {
            var other = toMoment(input);
            if (!this.isValid() || !other.isValid()) return 'Invalid date';
            return relative(this - other, withoutSuffix, this - other > 0);
          };
          fn.to = function (input, withoutSuffix) { return toMoment(input).from(this, withoutSuffix); };
          fn.fromNow = function (withoutSuffix) { return this.from(createMoment(), withoutSuffix); };
          fn.toNow = function (withoutSuffix) { return this.to(createMoment(), withoutSuffix); };
          fn.calendar = function (reference) {
            var now = reference ? toMoment(reference) : createMoment(), diff = this.clone().startOf('day').diff(now.clone().startOf('day'), 'days', true);
            var format = diff < -6 ? 'L' : diff < -1 ? '[Last] dddd [at] LT' : diff < 0 ? '[Yesterday at] LT' : diff < 1 ? '[Today at] LT' : diff < 2 ? '[Tomorrow at] LT' : diff < 7 ? 'dddd [at] LT' : 'L';
            return this.format(format);
          };

          // --- Parsing.
          var ISO = /^\s*([+-]\d{6}|\d{4})(?:-?(\d\d)(?:-?(\d\d))?)?(?:[T ](\d\d)(?::?(\d\d)(?::?(\d\d)(?:[.,](\d+))?)?)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?\s*$/i;
          function fromParts(p, offset, utcDefault) {
            // p: [year, month, day, hour, minute, second, ms]; offset: minutes east of UTC, or null.
            var y = p[0], mo = p[1] || 0, d = p[2] === undefined ? 1 : p[2], h = p[3] || 0, mi = p[4] || 0, s = p[5] || 0, ms = p[6] || 0;
            if (mo < 0 || mo > 11 || d < 1 || d > daysIn(y, mo) || h > 24 || mi > 59 || s > 59 || (h === 24 && (mi || s || ms))) return NaN;
            var utc = Date.UTC(y, mo, d, h, mi, s, ms), date = new Date(utc);
            if (y >= 0 && y < 100) { date.setUTCFullYear(y); utc = date.getTime(); }
            if (offset !== null) return utc - offset * 6e4;
            if (utcDefault) return utc;
            var local = new Date(y, mo, d, h, mi, s, ms);
            if (y >= 0 && y < 100) local.setFullYear(y);
            return local.getTime();
          }
          function fillDate(p, utc) {
            // Missing year, month and day: today's values before the first one given, the start of the period after it.
            var now = new Date(), today = utc ? [now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()] : [now.getFullYear(), now.getMonth(), now.getDate()];
            for (var k = 0, seen = false; k < 3; k++) {
              if (p[k] !== undefined) seen = true; else p[k] = seen ? (k === 2 ? 1 : 0) : today[k];
            }
          }
          function zoneMinutes(text) {
            if (!text) return null;
            if (/^z$/i.test(text)) return 0;
            var match = /^([+-])(\d\d):?(\d\d)?$/.exec(text);
            return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] || 0)) : null;
          }
          function parseISO(text, utcDefault) {
            var m = ISO.exec(text);
            if (!m) return undefined;
            var ms = m[7] ? Math.round(Number('0.' + m[7]) * 1000) : 0;
            var parts = [Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1, m[4] ? Number(m[4]) : 0, m[5] ? Number(m[5]) : 0, m[6] ? Number(m[6]) : 0, ms];
            var zone = zoneMinutes(m[8]);
            return { time: fromParts(parts, zone, utcDefault), zone: zone };
          }
          var PARSE_TOKENS = /\[([^\]]*)]|YYYYYY|YYYY|YY|Y|MMMM|MMM|MM|M|DDDD|DDD|Do|DD|D|dddd|ddd|dd|d|HH|H|hh|h|kk|k|mm|m|ss|s|S{1,9}|A|a|ZZ|Z|X|x|Q|E|e|GGGG|gggg|WW|W|ww|w/g;
          function escapeRegex(s) { return s.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&'); }
          function tokenPattern(token, strict) {
            if (/^S+$/.test(token)) return strict ? '(\\d{' + token.length + '})' : '(\\d+)';
            var map = { YYYYYY: '([+-]?\\d{6})', YYYY: strict ? '(\\d{4})' : '(\\d{1,4})', YY: '(\\d\\d)', Y: '([+-]?\\d+)', Q: '([1-4])',
              MMMM: '([A-Za-z]+)', MMM: '([A-Za-z]+)', DDDD: '(\\d{3})', DDD: '(\\d{1,3})', Do: '(\\d\\d?)(?:st|nd|rd|th)?',
              dddd: '([A-Za-z]+)', ddd: '([A-Za-z]+)', dd: '([A-Za-z]+)', d: '(\\d)', e: '(\\d)', E: '(\\d)', A: '([AaPp]\\.?[Mm]\\.?)', a: '([AaPp]\\.?[Mm]\\.?)',
              ZZ: '(Z|[+-]\\d\\d:?\\d\\d)', Z: '(Z|[+-]\\d\\d:?\\d\\d)', X: '(-?\\d+(?:\\.\\d+)?)', x: '(-?\\d+)' };
            if (map[token]) return map[token];
            if (token.length === 2) return strict ? '(\\d\\d)' : '(\\d\\d?)';
            return strict ? '(\\d\\d?)' : '(\\d{1,' + (token[0] === 'G' || token[0] === 'g' ? 4 : 2) + '})';
          }
          function monthIndex(text) {
            var t = text.toLowerCase();
            for (var i = 0; i < 12; i++) if (MONTHS[i].toLowerCase() === t || MONTHS[i].slice(0, 3).toLowerCase() === t) return i;
            return -1;
          }
          function parseFormat(text, format, strict, utcDefault) {
            if (format === moment.ISO_8601) return parseISO(text, utcDefault);
            format = expandLong(format);
            var tokens = [], source = '', last = 0, match;
            PARSE_TOKENS.lastIndex = 0;
            while ((match = PARSE_TOKENS.exec(format))) {
              var between = format.slice(last, match.index);
              var words = between.replace(/[^A-Za-z]+/g, ' ').trim();
              source += strict ? escapeRegex(between) : '[^\\dA-Za-z]*?' + (words ? escapeRegex(words) + '[^\\dA-Za-z]*?' : '');
              if (match[1] !== undefined) source += escapeRegex(match[1]);
              else { source += tokenPattern(match[0], strict); tokens.push(match[0]); }
              last = PARSE_TOKENS.lastIndex;
            }
            source += strict ? escapeRegex(format.slice(last)) + '$' : '';
            var found = new RegExp('^\\s*' + source, strict ? '' : 'i').exec(text);
            if (!found) return { time: NaN, zone: null };
            var p = [undefined, undefined, undefined, 0, 0, 0, 0], zone = null, pm = null, ok = true, stamp = null;
            tokens.forEach(function (token, i) {
              var v = found[i + 1], n = Number(v);
              if (v === undefined) return;
              switch (token) {
                case 'YYYYYY': case 'YYYY': case 'Y': p[0] = n; break;
                case 'YY': p[0] = n + (n > 68 ? 1900 : 2000); break;
                case 'M': case 'MM': p[1] = n - 1; break;
                case 'MMM': case 'MMMM': p[1] = monthIndex(v); if (p[1] < 0) ok = false; break;
                case 'Q': p[1] = (n - 1) * 3; break;
                case 'D': case 'DD': case 'Do': p[2] = n; break;
                case 'DDD': case 'DDDD': p[1] = 0; p[2] = n; break;
                case 'H': case 'HH': case 'h': case 'hh': case 'k': case 'kk': p[3] = n; break;
                case 'm': case 'mm': p[4] = n; break;
                case 's': case 'ss': p[5] = n; break;
                case 'A': case 'a': pm = /^p/i.test(v); break;
                case 'Z': case 'ZZ': zone = zoneMinutes(v); break;
                case 'X': stamp = Math.round(Number(v) * 1000); break;
                case 'x': stamp = n; break;
                default: if (token[0] === 'S') p[6] = Math.round(Number('0.' + v) * 1000);
              }
            });
            if (stamp !== null) return { time: stamp, zone: null };
            if (!ok) return { time: NaN, zone: null };
            if (pm !== null && p[3] !== undefined) p[3] = pm ? (p[3] % 12) + 12 : p[3] % 12;
            fillDate(p, utcDefault);
            if (p[1] > 11 && tokens.indexOf('DDD') < 0 && tokens.indexOf('DDDD') < 0) return { time: NaN, zone: zone };
            if (tokens.indexOf('DDD') >= 0 || tokens.indexOf('DDDD') >= 0) {
              var base = new Date(Date.UTC(p[0], 0, p[2])); p[1] = base.getUTCMonth(); p[2] = base.getUTCDate();
            }
            return { time: fromParts(p, zone, utcDefault), zone: zone };
          }
          function createMoment(input, format, strict, utcDefault) {
            var isUtc = utcDefault === true;
            if (input === undefined) return new Moment(Date.now(), isUtc ? 0 : undefined);
            if (isMoment(input)) { var c = input.clone(); return isUtc ? c.utc() : c; }
            if (input instanceof Date) return new Moment(input.getTime(), isUtc ? 0 : undefined);
            if (typeof input === 'number') return new Moment(input, isUtc ? 0 : undefined);
            if (Array.isArray(input)) {
              if (!input.length) return new Moment(Date.now(), isUtc ? 0 : undefined).startOf('day');
              return new Moment(fromParts(input.concat([]).map(Number), null, isUtc), isUtc ? 0 : undefined);
            }
            if (input && typeof input === 'object') {
              var parts = [undefined, undefined, undefined, 0, 0, 0, 0], order = ['year', 'month', 'date', 'hour', 'minute', 'second', 'millisecond'];
              Object.keys(input).forEach(function (k) { var i = order.indexOf(unit(k) === 'day' ? 'date' : unit(k)); if (i >= 0) parts[i] = Number(input[k]); });
              fillDate(parts, isUtc);
              return new Moment(fromParts(parts, null, isUtc), isUtc ? 0 : undefined);
            }
            var text = String(input), result;
            if (format !== undefined && format !== null) {
              var formats = Array.isArray(format) ? format : [format];
              for (var i = 0; i < formats.length; i++) { result = parseFormat(text, formats[i], strict === true, isUtc); if (result && !isNaN(result.time)) break; }
            } else {
              result = parseISO(text, isUtc);
              if (!result) { var fallback = Date.parse(text); result = { time: fallback, zone: null }; }
            }
            if (!result) result = { time: NaN, zone: null };
            var out = new Moment(result.time, isUtc ? 0 : undefined);
            if (utcDefault === 'parseZone' && result.zone !== null) out.utcOffset(result.zone);
            return out;
          }
          function isMoment(value) { return value instanceof Moment || (!!value && value._isAMomentObject === true); }

          // --- Durations: milliseconds, days and months kept apart, as moment does.
          function Duration(ms, days, months) { this._milliseconds = ms; this._days = days; this._months = months; this._isValid = !isNaN(ms + days + months); }
          var DURATION_UNITS = { year: [0, 0, 12], quarter: [0, 0, 3], month: [0, 0, 1], week: [0, 7, 0], isoWeek: [0, 7, 0], day: [0, 1, 0], date: [0, 1, 0],
            hour: [36e5, 0, 0], minute: [6e4, 0, 0], second: [1e3, 0, 0], millisecond: [1, 0, 0] };
          function createDuration(input, u) {
            if (isDuration(input)) return new Duration(input._milliseconds, input._days, input._months);
            var ms = 0, days = 0, months = 0;
            function addUnit(n, name) { var f = DURATION_UNITS[unit(name) || 'millisecond']; if (!f) return; ms += n * f[0]; days += n * f[1]; months += n * f[2]; }
            if (typeof input === 'number') addUnit(input, u);
            else if (input && typeof input === 'object') Object.keys(input).forEach(function (k) { addUnit(Number(input[k]) || 0, k); });
            else if (typeof input === 'string') {
              var clock = /^(-|\+)?(?:(\d*)[. ])?(\d+):(\d+)(?::(\d+)(\.\d*)?)?$/.exec(input);
              var iso = /^(-|\+)?P(?:([-+]?[0-9,.]*)Y)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)W)?(?:([-+]?[0-9,.]*)D)?(?:T(?:([-+]?[0-9,.]*)H)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)S)?)?$/.exec(input);
              if (clock) {
                var sign = clock[1] === '-' ? -1 : 1;
                addUnit(sign * (Number(clock[2]) || 0), 'd'); addUnit(sign * Number(clock[3]), 'h'); addUnit(sign * Number(clock[4]), 'm');
                addUnit(sign * (Number(clock[5]) || 0), 's'); addUnit(sign * Math.round(Number(clock[6] || 0) * 1000), 'ms');
              } else if (iso) {
                var isoSign = iso[1] === '-' ? -1 : 1, names = ['y', 'M', 'w', 'd', 'h', 'm', 's'];
                names.forEach(function (name, i) { if (iso[i + 2]) addUnit(isoSign * Number(iso[i + 2].replace(',', '.')), name); });
              } else if (/^[-+]?\d+(\.\d+)?$/.test(input)) addUnit(Number(input), u);
              else return new Duration(NaN, NaN, NaN);
            }
            return new Duration(ms, days, months);
          }
          function isDuration(value) { return value instanceof Duration; }
          var dfn = Duration.prototype;
          dfn.as = function (u) {
            u = unit(u) || 'millisecond';
            var ms = this._milliseconds;
            if (u === 'month' || u === 'quarter' || u === 'year') {
              var months = this._months + (this._days + ms / 864e5) * 4800 / 146097;
              return u === 'month' ? months : u === 'quarter' ? months / 3 : months / 12;
            }
            var days = this._days + Math.round(this._months * 146097 / 4800);
            if (u === 'week' || u === 'isoWeek') return days / 7 + ms / 6048e5;
            if (u === 'day' || u === 'date') return days + ms / 864e5;
            return (days * 864e5 + ms) / (MS[u] || 1);
          };
          function bubble(d) {
            // Whole units for the getters: seconds..hours from ms, days from ms and days, months and years.
            var ms = d._milliseconds, days = d._days, months = d._months, sign = ms + days * 864e5 + months * 2592e6 < 0 ? -1 : 1;
            ms = Math.abs(ms); days = Math.abs(days); months = Math.abs(months);
            var out = { milliseconds: ms % 1000, seconds: Math.floor(ms / 1e3) % 60, minutes: Math.floor(ms / 6e4) % 60, hours: Math.floor(ms / 36e5) % 24 };
            days += Math.floor(ms / 864e5);
            var extraMonths = Math.floor(days * 4800 / 146097);
            months += extraMonths; days -= Math.ceil(extraMonths * 146097 / 4800);
            if (days < 0) { days = 0; }
            out.days = days; out.months = months % 12; out.years = Math.floor(months / 12);
            Object.keys(out).forEach(function (k) { out[k] = sign * out[k] || 0; });
            return out;
          }
          ['millisecond', 'second', 'minute', 'hour', 'day', 'month', 'year'].forEach(function (name) {
            dfn[name + 's'] = function () { return this._isValid ? bubble(this)[name + 's'] : NaN; };
            dfn['as' + name[0].toUpperCase() + name.slice(1) + 's'] = function () { return this.as(name); };
          });
          dfn.weeks = function () { return truncate(this.days() / 7); };
          dfn.asWeeks = function () { return this.as('week'); };
          dfn.get = function (u) { u = unit(u); return this[u + 's'] ? this[u + 's']() : NaN; };
          dfn.valueOf = dfn.asMilliseconds;
          dfn.isValid = function () { return this._isValid; };
          dfn.clone = function () { return createDuration(this); };
          dfn.add = function (input, u) { var o = createDuration(input, u); this._milliseconds += o._milliseconds; this._days += o._days; this._months += o._months; return this; };
          dfn.subtract = function (input, u) { var o = createDuration(input, u); this._milliseconds -= o._milliseconds; this._days -= o._days; this._months -= o._months; return this; };
          dfn.abs = function () { this._milliseconds = Math.abs(this._milliseconds); this._days = Math.abs(this._days); this._months = Math.abs(this._months); return this; };
          dfn.humanize = function (withSuffix) { var ms = this.as('ms'); return relative(ms, !withSuffix, ms > 0); };
          dfn.toISOString = function () {
            if (!this._isValid) return 'Invalid date';
            var total = this.as('ms');
            if (!total) return 'P0D';
            var b = bubble(this), sign = total < 0 ? '-' : '';
            var secs = Math.abs(b.seconds) + Math.abs(b.milliseconds) / 1000;
            var date = (b.years ? Math.abs(b.years) + 'Y' : '') + (b.months ? Math.abs(b.months) + 'M' : '') + (b.days ? Math.abs(b.days) + 'D' : '');
            var time = (b.hours ? Math.abs(b.hours) + 'H' : '') + (b.minutes ? Math.abs(b.minutes) + 'M' : '') + (secs ? Number(secs.toFixed(3)) + 'S' : '');
            return sign + 'P' + date + (time ? 'T' + time : '');
          };
          dfn.toJSON = dfn.toString = dfn.toISOString;
          dfn.locale = function (name) { return name === undefined ? 'en' : this; };

          // --- The exported function.
          function moment(input, format, strict) { return arguments.length ? createMoment(input, format, strict) : createMoment(); }
          moment.utc = function (input, format, strict) { return arguments.length ? createMoment(input, format, strict, true) : createMoment(undefined, undefined, undefined, true); };
          moment.parseZone = function (input, format, strict) { return createMoment(input, format, strict, 'parseZone'); };
          moment.unix = function (seconds) { return createMoment(seconds * 1000); };
          moment.duration = createDuration;
          moment.isMoment = isMoment;
          moment.isDuration = isDuration;
          moment.isDate = function (value) { return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]'; };
          moment.now = function () { return Date.now(); };
          moment.invalid = function () { return new Moment(NaN, undefined, false); };
          moment.min = function () { var list = Array.prototype.concat.apply([], arguments).map(toMoment); return list.reduce(function (a, b) { return b.isBefore(a) ? b : a; }); };
          moment.max = function () { var list = Array.prototype.concat.apply([], arguments).map(toMoment); return list.reduce(function (a, b) { return b.isAfter(a) ? b : a; }); };
          moment.normalizeUnits = function (u) { return unit(u); };
          moment.locale = function () { return 'en'; };
          moment.locales = function () { return ['en']; };
          var localeData = {
            months: function (m) { return m ? MONTHS[m.month()] : MONTHS.slice(); }, monthsShort: function (m) { return m ? MONTHS[m.month()].slice(0, 3) : MONTHS.map(function (s) { return s.slice(0, 3); }); },
            weekdays: function (m) { return m ? DAYS[m.day()] : DAYS.slice(); }, weekdaysShort: function (m) { return m ? DAYS[m.day()].slice(0, 3) : DAYS.map(function (s) { return s.slice(0, 3); }); },
            weekdaysMin: function (m) { return m ? DAYS[m.day()].slice(0, 2) : DAYS.map(function (s) { return s.slice(0, 2); }); },
            longDateFormat: function (key) { return LONG[key]; }, ordinal: ordinal, firstDayOfWeek: function () { return 0; }, firstDayOfYear: function () { return 6; }
          };
          moment.localeData = function () { return localeData; };
          moment.months = localeData.months; moment.monthsShort = localeData.monthsShort;
          moment.weekdays = localeData.weekdays; moment.weekdaysShort = localeData.weekdaysShort; moment.weekdaysMin = localeData.weekdaysMin;
          moment.ISO_8601 = function () {};
          moment.defaultFormat = 'YYYY-MM-DDTHH:mm:ssZ';
          moment.defaultFormatUtc = 'YYYY-MM-DDTHH:mm:ss[Z]';
          moment.version = '2.29.4';
          moment.fn = fn;
          moment.prototype = fn;
          return moment;
        })
        """#)
}
