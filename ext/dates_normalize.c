/*
** dates_normalize.c — calendar arithmetic and TIMEX3 values: the rules that
** turn "last week", "on Tuesday" or "three years ago" into 1998-W12,
** 1998-03-17 or 1995 given a reference date.
**
** Policies (each has a unit test in tests/unit/test_dates.c):
**  - Weekdays: in past-tense narration, the last such day on or before the
**    reference ("on Friday", published on a Friday, is that day); with a
**    future cue ("will", "scheduled"), the next one on or after it.
**  - A month or day-month without a year takes the reference year, unless
**    the tense points more than two months away (past tense, a month more
**    than two months ahead: last year's). Without a tense cue, the year
**    that puts it at most four months ahead or eight months back.
**  - "last/this/next" + unit shift the reference by one unit and keep the
**    unit's precision (weeks as ISO weeks, 1998-W12).
**  - "the quarter" in business news is the quarter last reported: the one
**    containing the date six weeks before the reference.
**  - Without a reference, what cannot be known becomes X (XXXX-04-21).
** Dates use the proleptic Gregorian calendar; days are counted with the
** civil-from-days algorithm (H. Hinnant), so any year 1..9999 works.
*/
#include "dates_internal.h"

#include <stdio.h>
#include <string.h>

long dates_days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void dates_civil_from_days(long z, int *y, int *m, int *d) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

int dates_days_in_month(int y, int m) {
    static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return len[m - 1];
}

int dates_weekday(int y, int m, int d) {
    long z = dates_days_from_civil(y, m, d); /* 1970-01-01 was a Thursday */
    long wd = (z % 7 + 7 + 3) % 7;            /* 0 = Monday */
    return (int)wd + 1;
}

void dates_iso_week(int y, int m, int d, int *week_year, int *week) {
    long z = dates_days_from_civil(y, m, d);
    long thursday = z - (dates_weekday(y, m, d) - 4); /* the week's Thursday decides its year */
    int ty, tm, td;
    dates_civil_from_days(thursday, &ty, &tm, &td);
    long jan1 = dates_days_from_civil(ty, 1, 1);
    *week_year = ty;
    *week = (int)((thursday - jan1) / 7 + 1);
}

/* Easter Sunday of the Gregorian calendar (the anonymous algorithm of
** Meeus): the first Sunday after the church's full moon of spring. */
void dates_easter(int y, int *m, int *d) {
    int a = y % 19, b = y / 100, c = y % 100, e = b / 4, f = b % 4, g = (b + 8) / 25, h = (b - g + 1) / 3;
    int k = (19 * a + b - e - h + 15) % 30, i = c / 4, l = c % 4;
    int n = (32 + 2 * f + 2 * i - k - l) % 7, q = (a + 11 * k + 22 * n) / 451;
    *m = (k + n - 7 * q + 114) / 31;
    *d = (k + n - 7 * q + 114) % 31 + 1;
}

void dates_add_days(int *y, int *m, int *d, long n) {
    dates_civil_from_days(dates_days_from_civil(*y, *m, *d) + n, y, m, d);
}

void dates_add_months(int *y, int *m, int n) {
    long t = (long)*y * 12 + (*m - 1) + n;
    *y = (int)(t / 12);
    *m = (int)(t % 12) + 1;
}

void dates_resolve_weekday(const newsext_date_ref *ref, int wd, int dir, int *y, int *m, int *d) {
    *y = ref->year;
    *m = ref->month;
    *d = ref->day;
    int cur = dates_weekday(*y, *m, *d);
    int back = (cur - wd + 7) % 7;    /* days back to the last one on or before */
    int ahead = (wd - cur + 7) % 7;   /* days ahead to the next one on or after */
    long shift;
    if (dir == -2) shift = back ? -back : -7;
    else if (dir == 2) shift = ahead ? ahead : 7;
    else if (dir > 0) shift = ahead;
    else shift = -back;
    dates_add_days(y, m, d, shift);
}

int dates_year_for(const newsext_date_ref *ref, int month, int day, int dir) {
    int y = ref->year;
    int delta = (month - ref->month) * 31 + (day ? day - ref->day : 0); /* ~days away in the ref year */
    if (dir < 0 && delta > 62) return y - 1;
    if (dir > 0 && delta < -62) return y + 1;
    /* no tense: news looks back further than ahead */
    if (dir == 0 && delta > 125) return y - 1;
    if (dir == 0 && delta < -240) return y + 1;
    return y;
}

void dates_reported_quarter(const newsext_date_ref *ref, int *y, int *q) {
    int yy = ref->year, mm = ref->month, dd = ref->day;
    dates_add_days(&yy, &mm, &dd, -45);
    *y = yy;
    *q = (mm - 1) / 3 + 1;
}

/* Writes n as `width` digits at out (no NUL); the scanner formats values
** for every candidate it tries, so this avoids snprintf. */
static void put_digits(char *out, int n, int width) {
    for (int i = width - 1; i >= 0; i--) {
        out[i] = (char)('0' + n % 10);
        n /= 10;
    }
}

static void fmt_year4(char *out, int y) {
    if (y > 0 && y <= 9999) put_digits(out, y, 4);
    else memcpy(out, "XXXX", 4);
    out[4] = 0;
}

void dates_fmt_year(char *out, int y) { fmt_year4(out, y); }

void dates_fmt_month(char *out, int y, int m) {
    fmt_year4(out, y);
    out[4] = '-';
    if (m > 0 && m <= 12) put_digits(out + 5, m, 2);
    else memcpy(out + 5, "XX", 2);
    out[7] = 0;
}

void dates_fmt_day(char *out, int y, int m, int d) {
    dates_fmt_month(out, y, m);
    out[7] = '-';
    if (d > 0 && d <= 31) put_digits(out + 8, d, 2);
    else memcpy(out + 8, "XX", 2);
    out[10] = 0;
}

void dates_fmt_week(char *out, int y, int w) {
    fmt_year4(out, y);
    if (w > 0) snprintf(out + 4, 44, "-W%02d", w);
    else strcpy(out + 4, "-WXX");
}

void dates_fmt_quarter(char *out, int y, int q) {
    fmt_year4(out, y);
    if (q > 0) snprintf(out + 4, 44, "-Q%d", q);
    else strcpy(out + 4, "-QX");
}

void dates_fmt_half(char *out, int y, int h) {
    fmt_year4(out, y);
    if (h > 0) snprintf(out + 4, 44, "-H%d", h);
    else strcpy(out + 4, "-HX");
}

void dates_fmt_season(char *out, int y, const char *code) {
    fmt_year4(out, y);
    snprintf(out + 4, 44, "-%s", code);
}

void dates_fmt_duration(char *out, int n, int half, int unit) {
    /* decades and centuries as years, as TimeBank writes them (P10Y, P100Y) */
    int scale = unit == U_DE ? 10 : unit == U_CE ? 100 : unit == U_ML ? 1000 : unit == U_FN ? 2 : 1;
    const char *letter;
    int clock = 0;
    switch (unit) {
    case U_SEC: letter = "S"; clock = 1; break;
    case U_MIN: letter = "M"; clock = 1; break;
    case U_HR: letter = "H"; clock = 1; break;
    case U_D: letter = "D"; break;
    case U_WE: letter = "D"; scale = 2; break;
    case U_W: case U_FN: letter = "W"; break;
    case U_M: letter = "M"; break;
    case U_Q: letter = "Q"; break;
    case U_H: letter = "M"; scale = 6; break;
    case U_DE:
        if (n < 0) { strcpy(out, "PXE"); return; }
        letter = "Y"; break;
    case U_CE:
        if (n < 0) { strcpy(out, "PXC"); return; }
        letter = "Y"; break;
    default: letter = "Y"; break;
    }
    if (n < 0) snprintf(out, 48, "P%sX%s", clock ? "T" : "", letter);
    else if (half && scale == 1) snprintf(out, 48, "P%s%d.5%s", clock ? "T" : "", n, letter);
    else snprintf(out, 48, "P%s%ld%s", clock ? "T" : "", (long)n * scale + (half ? scale / 2 : 0), letter);
}

void dates_fmt_shift(char *out, const newsext_date_ref *ref, int n, int unit) {
    if (!dates_has_ref(ref)) {
        switch (unit) {
        case U_SEC: case U_MIN: case U_HR: case U_D: dates_fmt_day(out, 0, 0, 0); break;
        case U_W: case U_WE: case U_FN: dates_fmt_week(out, 0, 0); break;
        case U_M: dates_fmt_month(out, 0, 0); break;
        case U_Q: dates_fmt_quarter(out, 0, 0); break;
        case U_DE: strcpy(out, "XXX"); break;
        case U_CE: strcpy(out, "XX"); break;
        default: dates_fmt_year(out, 0); break;
        }
        return;
    }
    int y = ref->year, m = ref->month, d = ref->day;
    switch (unit) {
    case U_SEC: case U_MIN: case U_HR: dates_fmt_day(out, y, m, d); break;
    case U_D: dates_add_days(&y, &m, &d, n); dates_fmt_day(out, y, m, d); break;
    case U_W: case U_FN: case U_WE: {
        int wy, w;
        dates_add_days(&y, &m, &d, (long)n * (unit == U_FN ? 14 : 7));
        dates_iso_week(y, m, d, &wy, &w);
        dates_fmt_week(out, wy, w);
        if (unit == U_WE) strcat(out, "-WE");
        break;
    }
    case U_M: dates_add_months(&y, &m, n); dates_fmt_month(out, y, m); break;
    case U_Q: {
        long t = (long)y * 4 + (m - 1) / 3 + n; /* quarters since year 0 */
        dates_fmt_quarter(out, (int)(t / 4), (int)(t % 4) + 1);
        break;
    }
    case U_H: {
        long t = (long)y * 2 + (m - 1) / 6 + n;
        dates_fmt_half(out, (int)(t / 2), (int)(t % 2) + 1);
        break;
    }
    case U_DE: snprintf(out, 48, "%03d", y / 10 + n); break;
    case U_CE: snprintf(out, 48, "%02d", y / 100 + n); break;
    case U_ML: snprintf(out, 48, "%d", y / 1000 + n); break;
    default: dates_fmt_year(out, y + n); break;
    }
}
