/* Unit tests of the date normalizer (ext/dates_*.c, ext/event_date.c): one
** rule per test, through newsext_date_mentions with a fixed reference. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates_internal.h"

static newsext_date_ref ref_of(const char *iso) {
    newsext_date_ref r;
    assert_int_equal(newsext_parse_ref(iso, strlen(iso), &r), NEWSEXT_OK);
    return r;
}

/* Asserts that text (with reference iso, or none when NULL) has exactly one
** mention, written `mention`, of that type, value and mod. */
static void expect_one(const char *text, const char *iso, const char *mention, const char *type,
                       const char *value, const char *mod) {
    newsext_date_ref r = {0, 0, 0, -1, -1};
    if (iso) r = ref_of(iso);
    newsext_date_mention *m;
    size_t n;
    assert_int_equal(newsext_date_mentions(text, strlen(text), &r, &m, &n), NEWSEXT_OK);
    if (n != 1) {
        for (size_t i = 0; i < n; i++)
            fprintf(stderr, "  got '%.*s' %s\n", (int)m[i].length, text + m[i].start, m[i].value);
        fail_msg("'%s': %zu mentions, expected 1", text, n);
    }
    char got[128];
    snprintf(got, sizeof got, "%.*s", (int)m[0].length, text + m[0].start);
    assert_string_equal(got, mention);
    assert_string_equal(newsext_timex_type_name(m[0].type), type);
    assert_string_equal(m[0].value, value);
    if (mod) assert_string_equal(m[0].mod ? m[0].mod : "(null)", mod);
    else assert_null(m[0].mod);
    newsext_free(m);
}

static void expect_none(const char *text) {
    newsext_date_ref r = ref_of("2022-03-11");
    newsext_date_mention *m;
    size_t n;
    assert_int_equal(newsext_date_mentions(text, strlen(text), &r, &m, &n), NEWSEXT_OK);
    if (n) fail_msg("'%s': unexpected '%.*s' %s", text, (int)m[0].length, text + m[0].start, m[0].value);
    assert_null(m);
}

static void calendar_arithmetic(void **state) {
    assert_int_equal(dates_weekday(2022, 3, 11), 5); /* a Friday */
    assert_int_equal(dates_weekday(2000, 1, 1), 6);
    int wy, w;
    dates_iso_week(2021, 1, 3, &wy, &w); /* belongs to the last week of 2020 */
    assert_int_equal(wy, 2020);
    assert_int_equal(w, 53);
    int y = 2024, m = 2, d = 28;
    dates_add_days(&y, &m, &d, 2);
    assert_int_equal(m * 100 + d, 301);
    assert_int_equal(dates_days_in_month(1900, 2), 28);
    assert_int_equal(dates_days_in_month(2000, 2), 29);
}

static void parse_ref_accepts_iso_only(void **state) {
    newsext_date_ref r;
    assert_int_equal(newsext_parse_ref("2025-04-22T09:30:00Z", 20, &r), NEWSEXT_OK);
    assert_int_equal(r.hour, 9);
    assert_int_equal(r.minute, 30);
    assert_int_equal(newsext_parse_ref("2025-04-22 09:30", 16, &r), NEWSEXT_OK);
    assert_int_equal(newsext_parse_ref("2025-04-22T09:30:00.5+02:00", 27, &r), NEWSEXT_OK);
    assert_int_equal(newsext_parse_ref("tomorrow", 8, &r), NEWSEXT_INVALID);
    assert_int_equal(newsext_parse_ref("2025-02-30", 10, &r), NEWSEXT_INVALID);
    assert_int_equal(newsext_parse_ref("2025-4-2", 8, &r), NEWSEXT_INVALID);
    assert_int_equal(newsext_parse_ref("", 0, &r), NEWSEXT_INVALID);
}

static void absolute_dates(void **state) {
    expect_one("in April of last year.", "1998-03-12", "April of last year", "DATE", "1997-04", NULL);
    expect_one("by the year 2000 the", "1989-11-02", "the year 2000", "DATE", "2000", NULL);
    /* broadcast transcripts write days as words */
    expect_one("is this coming Sunday, March eighth.", "1998-03-05", "this coming Sunday, March eighth", "DATE",
               "1998-03-08", NULL);
    expect_one("on May twenty-first, 1998 he", NULL, "May twenty-first, 1998", "DATE", "1998-05-21", NULL);
    expect_one("sales in the latest fiscal year.", "1989-10-26", "the latest fiscal year", "DATE", "1988", NULL);
    expect_one("earned less last fiscal year.", "1989-10-26", "last fiscal year", "DATE", "1988", NULL);
    /* the point after a full month name ends the sentence */
    expect_one("He left last May. Then", "1998-03-12", "last May", "DATE", "1997-05", NULL);
    expect_one("on April 21, 2025 at", "2016-01-01", "April 21, 2025", "DATE", "2025-04-21", NULL);
    expect_one("On 21 April, he", "2025-04-22", "21 April", "DATE", "2025-04-21", NULL);
    expect_one("in Minsk, Feb. 11, 2015. Kremlin", NULL, "Feb. 11, 2015", "DATE", "2015-02-11", NULL);
    expect_one("progress. March. 11, 2022.", NULL, "March. 11, 2022", "DATE", "2022-03-11", NULL);
    expect_one("on the 21st of April 2019", NULL, "21st of April 2019", "DATE", "2019-04-21", NULL);
    expect_one("in August 1988 the", NULL, "August 1988", "DATE", "1988-08", NULL);
    expect_one("stamp 2022-03-11 here", NULL, "2022-03-11", "DATE", "2022-03-11", NULL);
    expect_one("at 2022-03-11T14:30:00Z", NULL, "2022-03-11T14:30:00Z", "TIME", "2022-03-11T14:30", NULL);
    expect_one("Friday, March 11, 2022, in", NULL, "Friday, March 11, 2022", "DATE", "2022-03-11", NULL);
}

/* Asserts the values of all mentions of text, in order, joined by spaces. */
static void expect_values(const char *text, const char *iso, const char *values) {
    newsext_date_ref r = ref_of(iso);
    newsext_date_mention *m;
    size_t n;
    assert_int_equal(newsext_date_mentions(text, strlen(text), &r, &m, &n), NEWSEXT_OK);
    char got[256] = "";
    for (size_t i = 0; i < n; i++) {
        if (i) strcat(got, " ");
        strncat(got, m[i].value, sizeof got - strlen(got) - 1);
    }
    newsext_free(m);
    assert_string_equal(got, values);
}

static void ranges_of_days(void **state) {
    expect_values("the summit on April 24 and 25 in", "1999-02-10", "1999-04-24 1999-04-25");
    expect_values("held May 3-5, 2019 in", "1999-02-10", "2019-05-03 2019-05-05 2019");
    /* at the end of a sentence too */
    expect_values("The talks ran Oct. 13-14.", "1998-11-01", "1998-10-13 1998-10-14");
    expect_none("a score of 13-14.5 points");
}

/* A page flattened to text may glue the year to the clock time after it. */
static void year_glued_to_clock_time(void **state) {
    (void)state;
    expect_values("Published Tue, Nov 19 20197:05 AM EST", "2024-09-18", "2019-11-19");
    expect_none("It rose to 20197:05 in the table.");
}

static void numeric_dates_are_day_first(void **state) {
    expect_one("on 11/03/2022 the", NULL, "11/03/2022", "DATE", "2022-03-11", NULL);
    expect_one("on 03/25/2022 the", NULL, "03/25/2022", "DATE", "2022-03-25", NULL);
    expect_one("on 11.03.2022 the", NULL, "11.03.2022", "DATE", "2022-03-11", NULL);
}

static void month_without_year_takes_reference_year(void **state) {
    /* a month before a noun: the date of what the noun names */
    expect_one("the May elections will", "2022-03-11", "May", "DATE", "2022-05", NULL);
    expect_one("On 21 April, he", NULL, "21 April", "DATE", "XXXX-04-21", NULL);
    expect_one("in early April the call", "2016-04-20", "early April", "DATE", "2016-04", "START");
    /* the year named after the month */
    expect_one("Prices peaked in May last year.", "1998-10-23", "May last year", "DATE", "1997-05", NULL);
    expect_one("The vote is due in November next year.", "1998-10-23", "November next year", "DATE", "1999-11", NULL);
    /* past tense, December seen from January: last year's */
    expect_one("It happened in December.", "1998-01-08", "December", "DATE", "1997-12", NULL);
    expect_one("last April prices", "1989-10-26", "last April", "DATE", "1989-04", NULL);
}

static void years_decades_centuries(void **state) {
    expect_one("since the 1990s,", NULL, "the 1990s", "DATE", "199", NULL);
    expect_one("by mid-2019 it", NULL, "mid-2019", "DATE", "2019", "MID");
    expect_one("in the mid-1990s it", NULL, "the mid-1990s", "DATE", "199", "MID");
    expect_one("in fiscal 2020 it", NULL, "fiscal 2020", "DATE", "2020", NULL);
    /* a span of years is its two years */
    expect_values("the 1990-91 recession", "1998-03-11", "1990 1991");
    expect_values("in the 1999-2000 season", "1998-03-11", "1999 2000");
    expect_values("in fiscal 2009-10, up from", "1998-03-11", "2009 2010");
    expect_none("call 1998-2345 for details");
    expect_none("a 1998-1990 comparison");
    expect_one("in the '90s it", "2022-03-11", "the '90s", "DATE", "199", NULL);
    /* a decade that begins within ten years is the coming one */
    expect_one("growth in the nineties will", "1989-10-26", "the nineties", "DATE", "199", NULL);
    /* "the last half of the '80s" is left to the decade, not a half year */
    expect_one("in the last half of the '80s", "1989-10-26", "the '80s", "DATE", "198", NULL);
    expect_one("the 20th century was", NULL, "the 20th century", "DATE", "19", NULL);
    expect_one("the end of 1990 will", NULL, "the end of 1990", "DATE", "1990", "END");
}

static void weekdays_follow_tense(void **state) {
    expect_one("He spoke on Tuesday.", "2019-11-12", "Tuesday", "DATE", "2019-11-12", NULL);
    expect_one("He spoke on Monday.", "2019-11-12", "Monday", "DATE", "2019-11-11", NULL);
    expect_one("He will speak on Monday.", "2019-11-12", "Monday", "DATE", "2019-11-18", NULL);
    expect_one("Last Thursday, a meeting", "2022-03-11", "Last Thursday", "DATE", "2022-03-10", NULL);
    expect_one("He spoke on Tuesday.", NULL, "Tuesday", "DATE", "XXXX-WXX-2", NULL);
    /* limits and arrangements look ahead; a modal + be + -ed does not */
    expect_one("He may come as early as Tuesday.", "2000-04-03", "Tuesday", "DATE", "2000-04-04", NULL);
    /* a deadline lies ahead, unless the clause is in the past */
    expect_one("They have until 9 a.m. Tuesday to sign.", "2000-04-03", "9 a.m. Tuesday", "TIME", "2000-04-04T09:00",
               NULL);
    expect_one("The store was closed until Tuesday.", "2000-04-06", "Tuesday", "DATE", "2000-04-04", NULL);
    expect_one("Trading is to resume in Paris Tuesday.", "1989-10-27", "Tuesday", "DATE", "1989-10-31", NULL);
    expect_one("He could not be located Wednesday in", "2000-01-06", "Wednesday", "DATE", "2000-01-05", NULL);
    expect_one("Earlier Friday, lawyers filed", "2000-01-07", "Friday", "DATE", "2000-01-07", NULL);
    /* TimeBank annotates the day of "Friday night", not the part of it */
    expect_one("Friday night they", "2000-03-29", "Friday night", "DATE", "2000-03-24", NULL);
    expect_one("at noon Thursday the", "1998-02-13", "noon Thursday", "TIME", "1998-02-12T12:00", NULL);
    expect_one("at 5 p.m. EST Nov. 9 the", "1989-11-02", "5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00", NULL);
}

/* Tense words that mislead when read alone: "set" looks ahead only as
** "set to/for"; a plan behind "had" is past; "planned" is a participle. */
static void tense_of_plans(void **state) {
    expect_one("its record high set on Aug. 6.", "1998-02-06", "Aug. 6", "DATE", "1997-08-06", NULL);
    expect_one("The vote is set for Aug. 6.", "1998-02-06", "Aug. 6", "DATE", "1998-08-06", NULL);
    expect_one("It had been due to expire Friday.", "1989-10-30", "Friday", "DATE", "1989-10-27", NULL);
    /* the period of "p.m." does not end the clause, and "succeed" is no preterite */
    expect_one("The offer will expire at 5 p.m. EDT on Nov. 16.", "1998-03-11", "5 p.m. EDT on Nov. 16", "TIME",
               "1998-11-16T17:00", NULL);
    expect_one("She will succeed John Doe Feb. 1.", "1989-10-26", "Feb. 1", "DATE", "1990-02-01", NULL);
    /* the verb of a long clause still gives its tense */
    expect_one("She resigned as treasurer, secretary and board director in March for family reasons.", "1998-11-20",
               "March", "DATE", "1998-03", NULL);
    /* so does a weekday after the copula */
    expect_one("The runoff vote is Tuesday.", "1998-03-15", "Tuesday", "DATE", "1998-03-17", NULL);
    expect_one("The hearing is on Thursday.", "1998-03-15", "Thursday", "DATE", "1998-03-19", NULL);
    expect_one("The runoff is in November.", "1998-03-15", "November", "DATE", "1998-11", NULL);
    expect_one("The filing deadline is Nov. 16.", "1998-03-15", "Nov. 16", "DATE", "1998-11-16", NULL);
    /* a present-tense schedule looks ahead */
    expect_one("The new budget year begins Oct. 1.", "1998-03-11", "Oct. 1", "DATE", "1998-10-01", NULL);
    expect_one("The exhibition opens Saturday at the museum.", "1998-03-11", "Saturday", "DATE", "1998-03-14", NULL);
    expect_one("A speech planned for Saturday was canceled.", "1999-10-24", "Saturday", "DATE", "1999-10-23",
               NULL);
    expect_one("The team planned to leave Nairobi on Thursday.", "1998-09-30", "Thursday", "DATE", "1998-10-01",
               NULL);
    expect_one("They did not plan to remove him on Thursday.", "2000-03-29", "Thursday", "DATE", "2000-03-30",
               NULL);
    /* travel and meetings told in the present are ahead too; a verb of
    ** saying is not, and the clause after "that" keeps its own tense */
    expect_one("The president arrives on Wednesday for talks.", "1998-10-23", "Wednesday", "DATE", "1998-10-28", NULL);
    expect_one("The chancellor meets the mayor on Tuesday.", "1998-10-23", "Tuesday", "DATE", "1998-10-27", NULL);
    expect_one("The minister says Wednesday that fees will rise.", "1998-10-23", "Wednesday", "DATE", "1998-10-21",
               NULL);
    expect_one("The reunion tour stops in Boston on July 22.", "2019-11-19", "July 22", "DATE", "2020-07-22", NULL);
    /* "plans" the noun says nothing of the tense */
    expect_one("The band unveiled its plans at its Monday night show.", "2019-11-19", "Monday night", "DATE",
               "2019-11-18", NULL);
    /* a later year written just before carries down a list of dates */
    expect_values("Tour 2020 dates:\nJune 9 -- Tampa, FL\nJune 10 -- Atlanta, GA\n", "2019-11-19",
                  "2020 2020-06-09 2020-06-10");
    expect_values("In 2020 the tour opens in Tampa on June 9.", "2019-11-19", "2020 2020-06-09");
    /* "next year" states the year as a number would */
    expect_values("The tour starts on May 13 next year.\nItinerary:\nMay 13 Arrive in London\nMay 14 Practice\n",
                  "1996-08-30", "1997-05-13 1997-05-13 1997-05-14");
    /* a past year is background: news tells its own year */
    expect_values("In 1990 he left. He came back in December.", "1998-11-19", "1990 1998-12");
    /* "back in" looks behind */
    expect_one("Apple added support for smart TVs from other makers back in March.", "2019-11-18", "March", "DATE",
               "2019-03", NULL);
    /* a month date after "until" is a deadline ahead */
    expect_one("The sale runs until Jan. 6.", "2025-12-19", "Jan. 6", "DATE", "2026-01-06", NULL);
    /* the tense word sits more than 48 bytes before the date */
    expect_one("the accession would still be held at the NATO Washington summit on April 24.", "1999-02-10",
               "April 24", "DATE", "1999-04-24", NULL);
}

/* Words that are sometimes time, sometimes not. */
static void discourse_and_generic_uses(void **state) {
    expect_one("back to 80% of its schedule now, the airline", "1989-10-26", "now", "DATE", "PRESENT_REF", NULL);
    expect_none("Now, he says, it is over.");
    expect_none("a problem for today's youth and today's personal computers");
    expect_one("details of today's meeting", "2022-03-11", "today", "DATE", "2022-03-11", NULL);
    expect_one("rallies held here annually for", "2000-01-28", "annually", "SET", "P1Y", NULL);
    expect_none("sales rise 8.5% annually");
    expect_none("it makes 10,000 units annually");
    expect_none("the Communist Party daily Granma wrote");
    expect_none("guarded 24 hours a day by");
    expect_none("very important to the future of our peoples");
    expect_one("fears deepened the current slump in", "1989-10-26", "current", "DATE", "PRESENT_REF", NULL);
    expect_none("swept away by the current of the river");
    expect_none("the current account deficit widened");
    expect_none("current affairs programmes lost viewers");
    expect_one("will lower costs in future years and", NULL, "future years", "DATE", "FUTURE_REF", NULL);
    expect_none("choosing the people of tomorrow, I would");
    expect_one("are worried about the future and", NULL, "the future", "DATE", "FUTURE_REF", NULL);
    expect_none("he said on CBS's \"60 Minutes.\" The");
    expect_none("said on ABC-TV's \"This Week With David Brinkley\" that");
    expect_none("open five days per week for");
}

static void relative_days_and_units(void **state) {
    expect_one("said yesterday that", "2022-03-11", "yesterday", "DATE", "2022-03-10", NULL);
    expect_one("said today that", NULL, "today", "DATE", "XXXX-XX-XX", NULL);
    expect_one("tonight at", "2022-03-11", "tonight", "TIME", "2022-03-11TNI", NULL);
    expect_one("shares fell by mid-afternoon as", "2022-03-11", "mid-afternoon", "TIME", "2022-03-11TAF", NULL);
    expect_one("met last week", "1998-03-22", "last week", "DATE", "1998-W11", NULL);
    /* "this past week" on a weekend is the week now ending */
    expect_one("This past week, shares rose.", "1998-03-15", "This past week", "DATE", "1998-W11", NULL);
    expect_one("This past week, shares rose.", "1998-03-11", "This past week", "DATE", "1998-W10", NULL);
    /* "the week" alone is whichever week the story is about */
    expect_one("the week's most active session", "1989-10-30", "the week", "DATE", "1989-WXX", NULL);
    expect_one("due next month", "1998-12-22", "next month", "DATE", "1999-01", NULL);
    expect_one("talks earlier this month were", "2025-06-05", "earlier this month", "DATE", "2025-06", "START");
    expect_one("three years ago,", "1998-04-24", "three years ago", "DATE", "1995", NULL);
    expect_one("two weeks ago,", "1998-03-22", "two weeks ago", "DATE", "1998-03-08", NULL);
    expect_one("rose a year earlier.", "1998-02-06", "a year earlier", "DATE", "1997", NULL);
    expect_one("Then, a week or so ago, he", "1991-02-25", "a week or so ago", "DATE", "1991-02-18", "APPROX");
    /* a passive infinitive looks ahead: the summit will be held on April 24 */
    expect_one("It would be held on April 24 in", "1999-02-10", "April 24", "DATE", "1999-04-24", NULL);
    expect_one("is now ready", NULL, "now", "DATE", "PRESENT_REF", NULL);
    expect_one("was recently seen", NULL, "recently", "DATE", "PAST_REF", NULL);
    expect_one("in the future we", NULL, "the future", "DATE", "FUTURE_REF", NULL);
    expect_one("which just months ago was", NULL, "months ago", "DATE", "PAST_REF", NULL);
    expect_one("gains in the near term.", NULL, "the near term", "DATE", "FUTURE_REF", NULL);
    /* "million a year earlier" is a date, "$5 million a year" a rate */
    expect_one("from $93.3 million a year earlier.", "1989-11-02", "a year earlier", "DATE", "1988", NULL);
}

/* "a year earlier" takes the granularity of what it compares with: the
** quarter in question, or the day a period ended. */
static void year_earlier_follows_the_compared_period(void **state) {
    expect_values("Net rose in the third quarter from a year earlier.", "1989-10-26", "1989-Q3 1988-Q3");
    expect_values("For the quarter ended Sept. 30, net rose from a year earlier.", "1989-10-26",
                  "1989-Q3 1989-09-30 1988-09-30");
    expect_values("The quarter-to-quarter comparison improved.", "1989-11-01", "");
    /* a quarter named in passing after the reported one is not compared */
    expect_values("Profit rose in the third quarter. After a weak second quarter, sales grew from a year ago.",
                  "1989-11-01", "1989-Q3 1989-Q2 1988-Q3");
    expect_values("Dividends stopped in the second quarter of 1984. Third-quarter net rose from a year ago.",
                  "1989-10-27", "1984-Q2 1989-Q3 1988-Q3");
    /* "the 1988 quarter" is the quarter in question, in that year */
    expect_values("Net rose in the third quarter from the 1988 quarter.", "1989-10-26", "1989-Q3 1988-Q3");
    /* after "the nine months" of a report, "a year earlier" is last year
    ** and "the year-earlier period" those nine months */
    expect_values("For the nine months, net rose from a year earlier. In the year-earlier period, it lost.",
                  "1989-10-26", "P9M 1988 P9M");
    expect_values("Net rose in the third quarter. For the first six months, sales fell from a year ago.",
                  "1989-10-26", "1989-Q3 P6M 1988");
    /* "the year-earlier nine months" is a stretch of nine months */
    expect_values("Net for the year-earlier nine months included a gain.", "1989-10-26", "P9M");
}

/* Anaphora count from the narrative time, the last date mentioned (TimeML
** anchors them to the story, not to the publication date). */
static void narrative_time(void **state) {
    /* a clock time without its day is on the day the story is at */
    expect_values("He was shot on March 3, 1998. Police arrived at 10 p.m.", "1998-03-10",
                  "1998-03-03 1998-03-03T22:00");
    expect_values("He fled in June 1998 and returned later that year.", "2000-01-28", "1998-06 1998");
    expect_values("He was shot on Oct. 23, 1998. Earlier that day, he called.", "1999-10-24",
                  "1998-10-23 1998-10-23");
    expect_values("On May 2, 1997 he left; two days later he came back.", "1999-01-01", "1997-05-02 1997-05-04");
    expect_values("It opened on June 3, 1996 and closed the following year.", "1999-01-01", "1996-06-03 1997");
    expect_values("On March 3, 1995 he was hired. The next day he quit.", "1999-01-01", "1995-03-03 1995-03-04");
    /* with nothing mentioned before, the reference stands in */
    expect_one("That day was cold.", "2022-03-11", "That day", "DATE", "2022-03-11", NULL);
    expect_values("He arrived on May 2, 1997. That night he spoke; the same day he left.", "1999-01-01",
                  "1997-05-02 1997-05-02TNI 1997-05-02");
    expect_values("He came on March 3, 1995. He had left the day before.", "1999-01-01", "1995-03-03 1995-03-02");
    /* a weekday counted from the last day named, not from a night in between */
    expect_values("Stocks fell Friday after losses overnight, down 4.5% from the previous Friday.", "1989-10-30",
                  "1989-10-27 1989-10-29TNI 1989-10-20");
    expect_none("the day before the vote");
    /* a part of the day during the story's day */
    expect_values("He was arrested on March 3, 1995. He had fled during the night.", "1999-01-01",
                  "1995-03-03 1995-03-03TNI");
    expect_none("He jogs in the morning.");
    /* the second end of a range is not before the first */
    expect_values("The office is open Monday through Friday.", "1998-03-11", "1998-03-09 1998-03-13");
    /* but a day moved "from Tuesday to Monday" may go back */
    expect_values("The vote was moved from Tuesday to Monday.", "1998-03-11", "1998-03-10 1998-03-09");
    /* a clock time without its day takes the day of the range's other end */
    expect_values("The polls were open from 7 a.m. to 8 p.m. on Tuesday.", "1998-03-11",
                  "1998-03-10T07:00 1998-03-10T20:00");
    expect_one("It's the second day of an offensive by", "1998-03-06", "the second day", "DATE", "1998-03-06", NULL);
    expect_none("the second day of talks began");
    /* "next week" alone stays with the publication date */
    expect_values("On March 3, 1995 he was hired. Talks resume next week.", "1999-01-01", "1995-03-03 1999-W01");
}

static void years_read_aloud(void **state) {
    expect_one("It happened in nineteen seventy-nine.", NULL, "nineteen seventy-nine", "DATE", "1979", NULL);
    expect_one("a promise for the year two thousand", NULL, "the year two thousand", "DATE", "2000", NULL);
    expect_one("we saw in the winter of nineteen ninety-four.", NULL, "the winter of nineteen ninety-four", "DATE",
               "1994-WI", NULL);
    expect_none("Nineteen people died.");
}

static void year_and_year_end(void **state) {
    expect_one("a high for the year of $42", "1989-10-30", "the year", "DATE", "1989", NULL);
    expect_values("net for the year ended Aug. 31 rose", "1989-10-30", "P1Y 1989-08-31");
    expect_one("profit for the fiscal year fell", "1989-11-02", "the fiscal year", "DATE", "1989", NULL);
    expect_one("by the end of the year.", "1989-10-30", "the end of the year", "DATE", "1989", "END");
    /* "earlier in the month": the month the story is in */
    expect_values("Prices peaked on May 3, 1997, and fell later in the month.", "1998-03-11", "1997-05-03 1997-05");
    /* the edge of the writer's own month */
    expect_one("Bids are due by the end of the month.", "1998-03-11", "the end of the month", "DATE", "1998-03",
               "END");
    expect_one("since the beginning of the month,", "1998-03-11", "the beginning of the month", "DATE", "1998-03",
               "START");
    expect_one("to close the deal by year-end.", "1989-11-02", "year-end", "DATE", "1989-12-31", NULL);
    /* a deadline lies ahead even far from December */
    expect_one("to close the deal by year-end.", "1998-03-11", "year-end", "DATE", "1998-12-31", NULL);
    expect_one("The change is since year-end.", "1989-10-30", "year-end", "DATE", "1988-12-31", NULL);
}

static void seasons_quarters_halves(void **state) {
    expect_one("this summer we", "1998-03-22", "this summer", "DATE", "1998-SU", NULL);
    /* in February, this spring lies ahead and this winter is the current one */
    expect_one("new growth this spring", "2021-02-27", "this spring", "DATE", "2021-SP", NULL);
    expect_one("frost this winter", "2021-02-27", "this winter", "DATE", "2020-WI", NULL);
    expect_one("since last fall the", "1999-04-10", "last fall", "DATE", "1998-FA", NULL);
    /* February is still the winter that began the year before */
    expect_one("a surge that began last fall", "1998-02-06", "last fall", "DATE", "1997-FA", NULL);
    expect_one("will close in the spring of next year", "1998-10-23", "the spring of next year", "DATE", "1999-SP",
               NULL);
    expect_one("fell in the third quarter.", "1989-10-26", "the third quarter", "DATE", "1989-Q3", NULL);
    expect_one("third-quarter profit", "1989-10-26", "third-quarter", "DATE", "1989-Q3", NULL);
    expect_one("in Q1 2022 sales", NULL, "Q1 2022", "DATE", "2022-Q1", NULL);
    expect_one("profit in the quarter rose", "1989-10-26", "the quarter", "DATE", "1989-Q3", NULL);
    expect_one("in the first half of 2020", NULL, "the first half of 2020", "DATE", "2020-H1", NULL);
    /* a quarter, half or season not yet begun, told in the past, is last year's */
    expect_one("Prices soared in the summer.", "1998-03-11", "the summer", "DATE", "1997-SU", NULL);
    expect_one("Prices may soar in the summer.", "1998-03-11", "the summer", "DATE", "1998-SU", NULL);
    expect_one("Profit rose 12% in the fourth quarter.", "1998-03-11", "the fourth quarter", "DATE", "1997-Q4", NULL);
    expect_one("Profit will rise in the fourth quarter.", "1998-03-11", "the fourth quarter", "DATE", "1998-Q4", NULL);
    expect_one("Sales fell sharply in the second half.", "1998-03-11", "the second half", "DATE", "1997-H2", NULL);
    expect_one("sales in the second half of the year", "1998-03-11", "the second half of the year", "DATE",
               "1998-H2", NULL);
    /* a year in the possessive names the quarter's year */
    expect_one("rose in last year's third quarter.", "1998-03-05", "last year's third quarter", "DATE", "1997-Q3",
               NULL);
    expect_one("in fiscal 1990's first quarter.", "1998-03-05", "fiscal 1990's first quarter", "DATE", "1990-Q1",
               NULL);
}

static void times_of_day(void **state) {
    expect_one("at 10 p.m. Wednesday,", "1998-02-13", "10 p.m. Wednesday", "TIME", "1998-02-11T22:00", NULL);
    expect_one("at 14:30 the", "2022-03-11", "14:30", "TIME", "2022-03-11T14:30", NULL);
    /* the day after the clock: through "local time", or with a part of the day */
    expect_one("landed at 2:15 a.m. local time Sunday.", "1989-10-26", "2:15 a.m. local time Sunday", "TIME",
               "1989-10-22T02:15", NULL);
    expect_one("The vote was at 10:30 Tuesday morning.", "1989-10-26", "10:30 Tuesday morning", "TIME",
               "1989-10-24T10:30", NULL);
    /* four digits before a time zone are a 24-hour clock, not a year */
    expect_one("at 1400 GMT the", "1998-03-12", "1400 GMT", "TIME", "1998-03-12T14:00", NULL);
    expect_one("around 7:15 p.m. the", "1998-02-12", "around 7:15 p.m.", "TIME", "1998-02-12T19:15", "APPROX");
}

static void durations(void **state) {
    expect_one("spent 20 minutes on", NULL, "20 minutes", "DURATION", "PT20M", NULL);
    expect_one("for three years the", NULL, "three years", "DURATION", "P3Y", NULL);
    expect_one("it lasted a half-hour", NULL, "a half-hour", "DURATION", "PT30M", NULL);
    /* amounts of several units are one duration */
    expect_one("The meeting lasted 2 hours and 30 minutes.", NULL, "2 hours and 30 minutes", "DURATION", "PT2H30M",
               NULL);
    expect_one("The trial lasted three years and two months.", NULL, "three years and two months", "DURATION",
               "P3Y2M", NULL);
    expect_one("She ran it in 3 hours, 12 minutes.", NULL, "3 hours, 12 minutes", "DURATION", "PT3H12M", NULL);
    expect_values("For two days, 10 hours were lost.", "1996-08-30", "P2D PT10H");
    expect_one("It grew well for the last year.", "2021-02-27", "the last year", "DURATION", "P1Y", NULL);
    /* "one day" before its clause is some day, not a day long */
    expect_one("One day, we may wear such devices.", "2025-12-19", "One day", "DATE", "FUTURE_REF", NULL);
    expect_one("One day, he walked in.", "2025-12-19", "One day", "DATE", "PAST_REF", NULL);
    expect_one("The strike lasted one day, then ended.", NULL, "one day", "DURATION", "P1D", NULL);
    expect_one("The week-long fighting ended.", "1990-08-15", "week-long", "DURATION", "P1W", NULL);
    expect_one("loved for a quarter-century", NULL, "a quarter-century", "DURATION", "P25Y", NULL);
    expect_one("a half-day strike", NULL, "a half-day", "DURATION", "PT12H", NULL);
    /* a range of amounts is one duration, valued at its upper end */
    expect_one("repairs take two to three days", NULL, "two to three days", "DURATION", "P3D", NULL);
    expect_one("bonds due in 10 to 15 years", NULL, "10 to 15 years", "DURATION", "P15Y", NULL);
    expect_one("a wait of 4-6 weeks", NULL, "4-6 weeks", "DURATION", "P6W", NULL);
    expect_one("stay one or two nights, or a day or two", NULL, "a day", "DURATION", "P1D", NULL);
    /* "the week ended Friday" is seven days, as "the year ended" twelve months */
    expect_values("Sales rose 2% in the week ended Friday.", "1998-03-11", "P1W 1998-03-06");
    expect_one("a 30-hour truce", NULL, "30-hour", "DURATION", "PT30H", NULL);
    /* a compound adjective is tagged without its article */
    expect_one("after the nine-year dispute", NULL, "nine-year", "DURATION", "P9Y", NULL);
    expect_one("ended a several-month search", NULL, "several-month", "DURATION", "PXM", NULL);
    expect_one("their fourth week-long hearing", NULL, "week-long", "DURATION", "P1W", NULL);
    expect_one("held a day-long vigil", NULL, "day-long", "DURATION", "P1D", NULL);
    expect_one("fled in the final hours of the siege", NULL, "the final hours", "DURATION", "PTXH", NULL);
    expect_one("the fourth-quarter sales fell", "1989-11-02", "fourth-quarter", "DATE", "1989-Q4", NULL);
    expect_one("waited half an hour", NULL, "half an hour", "DURATION", "PT30M", NULL);
    expect_one("for at least the past 18 months on", NULL, "at least the past 18 months", "DURATION", "P18M",
               "EQUAL_OR_MORE");
    expect_one("over the next couple of years we", NULL, "the next couple of years", "DURATION", "P2Y", NULL);
    expect_one("in the weeks ahead the", NULL, "the weeks ahead", "DURATION", "PXW", NULL);
    expect_one("in the past two months the", NULL, "the past two months", "DURATION", "P2M", NULL);
    expect_one("the last twenty four hours", NULL, "the last twenty four hours", "DURATION", "PT24H", NULL);
    expect_one("for more than four hours", NULL, "more than four hours", "DURATION", "PT4H", "MORE_THAN");
    expect_one("at least 20 more years", NULL, "at least 20 more years", "DURATION", "P20Y", "EQUAL_OR_MORE");
    expect_one("for about a decade", NULL, "about a decade", "DURATION", "P10Y", "APPROX");
    expect_none("an 8-month-old boy");
    expect_one("for years the", NULL, "years", "DURATION", "PXY", NULL);
    expect_one("for two and a half years", NULL, "two and a half years", "DURATION", "P2.5Y", NULL);
    expect_one("in a year and a half", NULL, "a year and a half", "DURATION", "P1.5Y", NULL);
    expect_none("at a rate of 358,000 a month");
    expect_none("Mr. Smith, 52 years old, said");
}

static void sets(void **state) {
    expect_one("runs every day", NULL, "every day", "SET", "P1D", NULL);
    expect_one("support us monthly", NULL, "monthly", "SET", "P1M", NULL);
    expect_one("every Monday we", NULL, "every Monday", "SET", "XXXX-WXX-1", NULL);
    expect_one("they march each July from", NULL, "each July", "SET", "XXXX-07", NULL);
    expect_one("the fair returns every summer to", NULL, "every summer", "SET", "XXXX-SU", NULL);
    expect_one("it meets on Wednesdays in", NULL, "Wednesdays", "SET", "XXXX-WXX-3", NULL);
    expect_one("checked every few months by", NULL, "every few months", "SET", "PXM", NULL);
    /* how often in a period: the period is the value */
    expect_one("the club meets twice a week in", NULL, "twice a week", "SET", "P1W", NULL);
    expect_one("inspected three times a year by", NULL, "three times a year", "SET", "P1Y", NULL);
    expect_one("interest is paid semiannually.", NULL, "semiannually", "SET", "P6M", NULL);
    expect_none("hiring 300,000 a month");
    expect_none("he was hit three times and fell");
}

static void holidays(void **state) {
    /* "Election Day" is the US holiday, "election day" any election's */
    expect_one("Voters go to the polls on Election Day.", "1996-08-30", "Election Day", "DATE", "1996-11-05", NULL);
    expect_values("Election day for those living abroad is September 14.", "1996-08-30", "1996-09-14");
    expect_one("Black Friday 2019 is going to be huge.", "2019-11-19", "Black Friday 2019", "DATE", "2019-11-29", NULL);
    expect_one("on Thanksgiving Day the", "1998-11-30", "Thanksgiving Day", "DATE", "1998-11-26", NULL);
    expect_one("before Christmas the", "1998-12-01", "Christmas", "DATE", "1998-12-25", NULL);
    expect_one("on New Year's Day the", "1998-12-01", "New Year's Day", "DATE", "1999-01-01", NULL);
    /* the Tuesday after the first Monday: November 1 is a Tuesday in 2016 */
    expect_one("polls close on Election Day 2016 in", NULL, "Election Day 2016", "DATE", "2016-11-08", NULL);
    expect_one("ads run until Election Day and", "2022-10-20", "Election Day", "DATE", "2022-11-08", NULL);
    /* Easter moves: 2019-04-21, 2024-03-31 */
    expect_one("closed on Easter Monday the", "2019-05-02", "Easter Monday", "DATE", "2019-04-22", NULL);
    expect_one("shops shut on Good Friday 2024 and", NULL, "Good Friday 2024", "DATE", "2024-03-29", NULL);
    expect_one("pilgrims came as Easter week began", "2019-04-22", "Easter week", "DATE", "2019-W16", NULL);
    expect_none("a trip to Easter Island");
    /* Easter moves: 2019-04-21, 2024-03-31 */
    expect_one("closed on Easter Monday the", "2019-05-02", "Easter Monday", "DATE", "2019-04-22", NULL);
    expect_one("shops shut on Good Friday 2024 and", NULL, "Good Friday 2024", "DATE", "2024-03-29", NULL);
    expect_one("pilgrims came as Easter week began", "2019-04-22", "Easter week", "DATE", "2019-W16", NULL);
    expect_none("a trip to Easter Island");
}

static void non_dates(void **state) {
    /* an ordinal before a unit is no day of the month */
    expect_values("in March first-quarter results", "1998-03-05", "1998-03 1998-Q1");
    expect_none("You may go if you wish");
    expect_none("They called it a day.");
    /* measures, a game clock, a number in words */
    expect_none("a resolution of 1080 pixels by 1920 pixels");
    expect_none("The Lakers led 109-98 with 3:08 to play.");
    /* a period of play in a game report */
    expect_none("He got a technical foul in the third quarter for arguing.");
    expect_none("He threw two touchdowns in the second half.");
    expect_values("Profit rose in the third quarter.", "2019-11-19", "2019-Q3");
    expect_none("Before polls get into the high forties, she acts.");
    /* the edge of what follows, not a week counted from the reference */
    expect_values("In the last week of August, he left.", "2019-11-19", "2019-08");
    /* a rate after a counted noun */
    expect_none("The plant makes 300 cars a day.");
    expect_none("Drink three to four cups a day.");
    expect_one("One of these days he will learn.", "2025-12-19", "One of these days", "DATE", "FUTURE_REF", NULL);
    /* an index level beyond 2100 is no year; "in 1500" is */
    expect_none("The index rose 10 points to 2600.");
    /* a numbered question, a name with a number far ahead of the reference */
    expect_none("FAQs\nQ1. Is coffee healthy?");
    expect_values("It ran at 72 FPS in Cyberpunk 2077.", "2025-12-19", "");
    expect_values("Emissions must fall by 2077.", "2025-12-19", "2077");
    expect_values("The abbey was built in 1500.", "1989-10-26", "1500");
    expect_none("They march on the capital.");
    expect_none("The March on Washington was large.");
    expect_none("The March was large.");
    expect_none("from just $2 a piece");
    expect_none("left over 100 injured");
    expect_none("they won 2 seasons in a row");
    expect_none("call 555-2022 or +1 212 555 1998");
    expect_none("see https://example.com/2022/03/11/story");
    expect_none("mail to news2022@example.com");
    expect_none("a rise of 2020 percent and 1,999 people");
}

/* The prefilter's hits in t, joined by '|', into got (256 bytes). */
static void prefilter_hits_of(const char *t, char *got) {
    size_t len = strlen(t), pos = 0, a, b;
    *got = 0;
    while (dates_next_trigger(t, len, pos, &a, &b, 0)) {
        if (*got) strcat(got, "|");
        strncat(got, t + a, b - a);
        pos = b;
    }
}

/* The prefilter fires on trigger words and on digits that are not amounts,
** never inside a word. */
static void prefilter_hits(void **state) {
    const char *t = "In May 2020, $5 and 1,500 and 2.5 and 30 million; Mayor Q3 q1x 11.03.2022";
    char got[256];
    prefilter_hits_of(t, got);
    assert_string_equal(got, "May|2020|Q3|11");
}

/* The prefilter reads eight bytes a step: the same hits wherever the words
** fall against those steps, after non-ASCII letters, and when the search
** resumes inside a word. */
static void prefilter_same_at_every_alignment(void **state) {
    const char *body = "\xC3\x89May 1999x Friday's \xC3\xBCnd2020 abMay,Q2 tomorrow\xC2\xA0week 7";
    for (size_t shift = 0; shift < 16; shift++) {
        char t[128];
        memset(t, ' ', shift);
        strcpy(t + shift, body);
        size_t len = strlen(t), a, b;
        char got[256];
        prefilter_hits_of(t, got);
        assert_string_equal(got, "May|1999|Friday|Q2|tomorrow|week|7");
        /* resuming in the middle of "Friday" skips the rest of it */
        const char *fri = strstr(t, "Friday");
        assert_true(dates_next_trigger(t, len, (size_t)(fri - t) + 2, &a, &b, 0));
        assert_int_equal(a, (size_t)(strstr(t, "Q2") - t));
    }
}

static void bad_input_is_linear_and_safe(void **state) {
    /* a million digits, then every month name many times */
    size_t n = 1000000;
    char *digits = malloc(n + 1);
    memset(digits, '7', n);
    digits[n] = 0;
    newsext_date_mention *m;
    size_t count;
    assert_int_equal(newsext_date_mentions(digits, n, NULL, &m, &count), NEWSEXT_OK);
    assert_int_equal(count, 0);
    free(digits);
    const char *months = "January February March April May June July August September October November December ";
    size_t ml = strlen(months), reps = 20000;
    char *many = malloc(ml * reps + 1);
    for (size_t i = 0; i < reps; i++) memcpy(many + i * ml, months, ml);
    many[ml * reps] = 0;
    assert_int_equal(newsext_date_mentions(many, ml * reps, NULL, &m, &count), NEWSEXT_OK);
    assert_true(count > 0);
    for (size_t i = 1; i < count; i++) assert_true(m[i].start >= m[i - 1].start + m[i - 1].length);
    newsext_free(m);
    char out[11];
    assert_int_equal(newsext_event_date(many, ml * reps, NULL, out), NEWSEXT_OK);
    free(many);
    assert_int_equal(newsext_date_mentions("a\xFF", 2, NULL, &m, &count), NEWSEXT_INVALID);
    assert_int_equal(newsext_date_mentions("", 0, NULL, &m, &count), NEWSEXT_OK);
    assert_int_equal(count, 0);
    assert_int_equal(newsext_date_mentions(NULL, 0, NULL, &m, &count), NEWSEXT_OK);
}

/* Month names of other languages: the forms each language writes, the
** words around them, case folded in every script. */
static void other_languages_day_month_year(void **state) {
    (void)state;
    expect_one("Le pont a ouvert le 3 février 2023.", NULL, "3 février 2023", "DATE", "2023-02-03", NULL);
    expect_one("Se firmó el 5 de mayo de 2021 en Lima.", NULL, "5 de mayo de 2021", "DATE", "2021-05-05", NULL);
    expect_one("Die Brücke wurde am 12. März 2024 eröffnet.", NULL, "12. März 2024", "DATE", "2024-03-12", NULL);
    expect_one("Il ponte è stato aperto il 9 ottobre 2022.", NULL, "9 ottobre 2022", "DATE", "2022-10-09", NULL);
    expect_one("A ponte abriu em 30 de setembro de 2020.", NULL, "30 de setembro de 2020", "DATE", "2020-09-30",
               NULL);
    expect_one("De brug ging op 12 mei 2024 open.", NULL, "12 mei 2024", "DATE", "2024-05-12", NULL);
    expect_one("Мост открыли 12 сентября 2024 г. в Самаре.", NULL, "12 сентября 2024 г.", "DATE", "2024-09-12",
               NULL);
    expect_one("Міст відкрили 7 листопада 2023 року.", NULL, "7 листопада 2023 року", "DATE", "2023-11-07", NULL);
    expect_one("Most otwarto 5 maja 2021 r. w Gdańsku.", NULL, "5 maja 2021 r.", "DATE", "2021-05-05", NULL);
    expect_one("Most otwarto 5 MAJA 2021.", NULL, "5 MAJA 2021", "DATE", "2021-05-05", NULL);
    expect_one("Октябрь 2022 ОКТЯБРЯ", NULL, "Октябрь 2022", "DATE", "2022-10", NULL);
    expect_one("Le marché a rouvert le 1er mars 2023.", NULL, "1er mars 2023", "DATE", "2023-03-01", NULL);
    expect_one("Desde el 1\xc2\xba de mayo de 2021.", NULL, "1\xc2\xba de mayo de 2021", "DATE", "2021-05-01", NULL);
    /* dotted numbers are day first */
    expect_one("Опубликовано 12.09.2024", NULL, "12.09.2024", "DATE", "2024-09-12", NULL);
}

static void other_languages_day_month_and_month_year(void **state) {
    (void)state;
    /* no year: the reference's, as for "12 September" */
    expect_one("Движение откроют 14 сентября.", "2024-09-12", "14 сентября", "DATE", "2024-09-14", NULL);
    expect_one("La séance du 12 septembre.", "2024-09-20", "12 septembre", "DATE", "2024-09-12", NULL);
    expect_one("Движение откроют 14 сентября.", NULL, "14 сентября", "DATE", "XXXX-09-14", NULL);
    expect_one("Работы начались в сентябре 2021 года.", NULL, "сентябре 2021 года", "DATE", "2021-09", NULL);
    expect_one("Роботи почалися у вересні 2021 року.", NULL, "вересні 2021 року", "DATE", "2021-09", NULL);
    expect_one("Prace ruszyły we wrześniu 2021 r.", NULL, "wrześniu 2021 r.", "DATE", "2021-09", NULL);
    expect_one("Les travaux ont commencé en septembre 2021.", NULL, "septembre 2021", "DATE", "2021-09", NULL);
    expect_one("Gebaut wurde sie im Mai 2021.", NULL, "Mai 2021", "DATE", "2021-05", NULL);
    expect_one("Die Arbeiten begannen am 3. Mai.", "2021-06-01", "3. Mai", "DATE", "2021-05-03", NULL);
    expect_one("los trabajos de marzo de 2021", NULL, "marzo de 2021", "DATE", "2021-03", NULL);
}

/* A month name that is also a common word, a genitive without its day:
** no date from the name (a year alone stays a year). */
static void other_languages_not_dates(void **state) {
    (void)state;
    expect_none("NASA sent 3 Mars rovers.");
    expect_none("The Mars rover landed.");
    expect_one("The Mars 2020 rover landed.", NULL, "2020", "DATE", "2020", NULL);
    expect_one("Лютого 2024 хто чекав?", NULL, "2024", "DATE", "2024", NULL);
    expect_none("Лютий мороз и сентябрь без чисел.");
    expect_none("au mois de mai, septembre");
}

/* event_date of text against the reference iso (NULL: none) is want ("" for NULL). */
static void expect_event_date(const char *text, const char *iso, const char *want) {
    newsext_date_ref r = {0, 0, 0, -1, -1};
    if (iso) r = ref_of(iso);
    char out[11];
    assert_int_equal(newsext_event_date(text, strlen(text), iso ? &r : NULL, out), NEWSEXT_OK);
    assert_string_equal(out, want);
}

static void event_date_skips_furniture(void **state) {
    char out[11];
    const char *caption =
        "Ministers shake hands in Paris, France, Jan. 5, 2019. Press Service\n\n"
        "The two ministers met again on Monday and agreed to continue the talks next week.\n";
    assert_int_equal(newsext_event_date(caption, strlen(caption), NULL, out), NEWSEXT_OK);
    assert_string_equal(out, "");
    newsext_date_ref r = ref_of("2020-02-05");
    assert_int_equal(newsext_event_date(caption, strlen(caption), &r, out), NEWSEXT_OK);
    assert_string_equal(out, "2020-02-03");
    /* a date alone on its line after a list bullet is a stamp, the first one counts */
    expect_event_date("  \xe2\x80\xa2 September 4, 2025\n  \xe2\x80\xa2 5:50 am\n\n"
                      "The chef opened her second restaurant in the old harbour on Tuesday night.\n\n"
                      "Menu for the week\n\nDecember 16, 2025 No Comments\n",
                      NULL, "2025-09-02");
    const char *stamp = "Published 11 March 2022\n\nThe mayor opened the new bridge over the river on Friday.\n";
    assert_int_equal(newsext_event_date(stamp, strlen(stamp), NULL, out), NEWSEXT_OK);
    assert_string_equal(out, "2022-03-11");
}

/* In a paragraph, a caption or banner cue rules out only the dates of its
** own sentence, and a publication verb only a date right after it. */
static void event_date_reads_paragraphs(void **state) {
    expect_event_date(
        "The network began hiding like counts for every user on Thursday, after trials in six smaller markets. "
        "People who upload photos and videos will still see how many people liked them, but nobody else will. "
        "The change is part of a wider shift away from public metrics that the company once praised loudly. "
        "Other platforms have tried similar changes this year without much success.\n",
        "2019-11-15", "2019-11-14");
    expect_event_date("The company updated its mobile app for all users around the world on Tuesday, "
                      "adding a dark mode that many people had asked for.\n",
                      "2019-11-15", "2019-11-12");
    expect_event_date("The team found water vapour above the moon in the new paper, which was published "
                      "online today in the journal Nature Astronomy.\n",
                      "2019-11-15", "2019-11-15");
    expect_event_date("It is the final countdown to Christmas and the pressure is on to find presents for "
                      "the gardeners on your list.\n",
                      "2025-12-19", "");
    expect_event_date("Photo: the new bridge seen from the river bank on 3 March 2019, before it opened.\n\n"
                      "The mayor opened the new bridge over the river on Friday after six years of work.\n",
                      "2019-11-15", "2019-11-15");
}

/* A line repeated further down is furniture (a caption, a teaser), also
** when many other lines start with the same words before the repeat. */
static void event_date_skips_repeated_line(void **state) {
    static const char *const endings[] = {"again", "softly", "openly", "twice", "loudly",
                                          "quietly", "briefly", "firmly", "calmly", "gladly"};
    const char *line = "The council said on 17 August 2023 that the old bridge will close for repairs.\n";
    char text[2048] = "";
    strcat(text, line);
    for (size_t i = 0; i < sizeof endings / sizeof *endings; i++) {
        strcat(text, "The council said nothing more about the harbour plan ");
        strcat(text, endings[i]);
        strcat(text, ".\n");
    }
    strcat(text, "The mayor opened the new bridge over the river on 14 August 2023 after six years of work.\n");
    newsext_date_ref r = ref_of("2023-08-18");
    char out[11];
    assert_int_equal(newsext_event_date(text, strlen(text), &r, out), NEWSEXT_OK);
    assert_string_equal(out, "2023-08-17"); /* the earlier of two days as good */
    strcat(text, line);
    assert_int_equal(newsext_event_date(text, strlen(text), &r, out), NEWSEXT_OK);
    assert_string_equal(out, "2023-08-14");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(calendar_arithmetic),
        cmocka_unit_test(parse_ref_accepts_iso_only),
        cmocka_unit_test(absolute_dates),
        cmocka_unit_test(numeric_dates_are_day_first),
        cmocka_unit_test(year_glued_to_clock_time),
        cmocka_unit_test(ranges_of_days),
        cmocka_unit_test(month_without_year_takes_reference_year),
        cmocka_unit_test(years_decades_centuries),
        cmocka_unit_test(weekdays_follow_tense),
        cmocka_unit_test(tense_of_plans),
        cmocka_unit_test(discourse_and_generic_uses),
        cmocka_unit_test(relative_days_and_units),
        cmocka_unit_test(seasons_quarters_halves),
        cmocka_unit_test(times_of_day),
        cmocka_unit_test(durations),
        cmocka_unit_test(sets),
        cmocka_unit_test(holidays),
        cmocka_unit_test(non_dates),
        cmocka_unit_test(year_earlier_follows_the_compared_period),
        cmocka_unit_test(narrative_time),
        cmocka_unit_test(years_read_aloud),
        cmocka_unit_test(year_and_year_end),
        cmocka_unit_test(prefilter_hits),
        cmocka_unit_test(prefilter_same_at_every_alignment),
        cmocka_unit_test(bad_input_is_linear_and_safe),
        cmocka_unit_test(other_languages_day_month_year),
        cmocka_unit_test(other_languages_day_month_and_month_year),
        cmocka_unit_test(other_languages_not_dates),
        cmocka_unit_test(event_date_skips_furniture),
        cmocka_unit_test(event_date_reads_paragraphs),
        cmocka_unit_test(event_date_skips_repeated_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
