/*
** decode.c — raw page bytes to valid UTF-8: gzip, format sniffing, and
** character sets.
**
** How the character set is chosen (newsext_decode):
**   1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
**   2. for HTML, a <meta charset>, an http-equiv Content-Type, or an XML
**      declaration in the first 4 KiB (the HTML standard's prescan window);
**      labels are mapped the WHATWG way (so 'iso-8859-1' and 'latin1' decode
**      as windows-1252, which browsers do too, and a meta 'utf-16' on a byte
**      stream that has no BOM means UTF-8);
**   3. otherwise UTF-8 when the bytes are valid UTF-8, else windows-1252.
** Conversion is iconv(3). Bytes the charset cannot decode become U+FFFD;
** NUL bytes are dropped, so the result is always valid text for SQLite.
*/
#include "util.h"

#include <errno.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

static pcre2_code *meta_charset_re;  /* <meta ... charset=NAME */
static pcre2_code *xml_encoding_re;  /* <?xml ... encoding="NAME" */
static pcre2_code *html_marker_re;   /* tags that make a document HTML */

/* Declared labels and their iconv names, the WHATWG way for the labels
** news sites use. */
static const struct charset_label {
    const char *label, *name;
} charset_labels[] = {
    {"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"},
    {"iso-8859-1", "WINDOWS-1252"}, {"iso8859-1", "WINDOWS-1252"}, {"latin1", "WINDOWS-1252"},
    {"l1", "WINDOWS-1252"}, {"us-ascii", "WINDOWS-1252"}, {"ascii", "WINDOWS-1252"},
    {"windows-1252", "WINDOWS-1252"}, {"cp1252", "WINDOWS-1252"}, {"x-cp1252", "WINDOWS-1252"},
    {"windows-1251", "WINDOWS-1251"}, {"cp1251", "WINDOWS-1251"}, {"x-cp1251", "WINDOWS-1251"},
    {"windows-1250", "WINDOWS-1250"}, {"cp1250", "WINDOWS-1250"},
    {"windows-1253", "WINDOWS-1253"}, {"windows-1254", "WINDOWS-1254"},
    {"windows-1256", "WINDOWS-1256"}, {"windows-1257", "WINDOWS-1257"},
    {"iso-8859-2", "ISO-8859-2"}, {"iso8859-2", "ISO-8859-2"}, {"latin2", "ISO-8859-2"},
    {"iso-8859-5", "ISO-8859-5"}, {"iso8859-5", "ISO-8859-5"},
    {"iso-8859-7", "ISO-8859-7"}, {"iso-8859-9", "WINDOWS-1254"}, {"iso-8859-15", "ISO-8859-15"},
    {"koi8-r", "KOI8-R"}, {"koi8r", "KOI8-R"}, {"koi8-u", "KOI8-U"}, {"koi8-ru", "KOI8-U"},
    {"shift_jis", "SHIFT_JIS"}, {"sjis", "SHIFT_JIS"}, {"euc-jp", "EUC-JP"},
    {"euc-kr", "EUC-KR"}, {"gbk", "GBK"}, {"gb2312", "GBK"}, {"gb18030", "GB18030"},
    {"big5", "BIG5"},
    /* A meta tag cannot truthfully declare UTF-16: its own bytes were
    ** readable as ASCII. The HTML standard says UTF-8. */
    {"utf-16", "UTF-8"}, {"utf-16le", "UTF-8"}, {"utf-16be", "UTF-8"},
};

/* glibc's iconv loads a converter module (dlopen) on iconv_open and
** unloads it on the last iconv_close. Opening each converter once here and
** keeping it until unload keeps every module resident: later opens reuse
** it, so decoding a file never loads or unloads code (faster, and no
** loader activity racing between threads). */
static void close_converter(void *cd) { iconv_close((iconv_t)cd); }

static void keep_converter(const char *name) {
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd != (iconv_t)-1) ne_keep((void *)cd, close_converter);
}

int ne_decode_init(void) {
    meta_charset_re = ne_pcre_compile(
        "<meta\\b[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{1,40})", PCRE2_CASELESS);
    xml_encoding_re = ne_pcre_compile(
        "\\A\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]{1,40})", PCRE2_CASELESS);
    /* One strong marker or the start of the document being a tag. */
    html_marker_re = ne_pcre_compile(
        "<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<meta\\s|<title>|"
        "\\A\\s*<(?:div|p|article|section|main|header|nav|script|style|link|table|span|h[1-6]|!--)[\\s>]",
        PCRE2_CASELESS);
    static const char *const byte_order_marked[] = {"UTF-16LE", "UTF-16BE"};
    for (size_t i = 0; i < sizeof byte_order_marked / sizeof *byte_order_marked; i++)
        keep_converter(byte_order_marked[i]);
    for (size_t i = 0; i < sizeof charset_labels / sizeof *charset_labels; i++) {
        const char *name = charset_labels[i].name; /* labels of one name stand together */
        if (strcmp(name, "UTF-8") && (i == 0 || strcmp(name, charset_labels[i - 1].name)))
            keep_converter(name);
    }
    return meta_charset_re && xml_encoding_re && html_marker_re ? NEWSEXT_OK : NEWSEXT_INTERNAL;
}

int newsext_is_gzip(const char *bytes, size_t len) {
    return len >= 2 && (unsigned char)bytes[0] == 0x1f && (unsigned char)bytes[1] == 0x8b;
}

int newsext_gunzip(const char *bytes, size_t len, size_t max_out, char **out, size_t *out_len) {
    *out = NULL;
    *out_len = 0;
    if (newsext_init() != NEWSEXT_OK) return NEWSEXT_INTERNAL;
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 16) != Z_OK) return NEWSEXT_NOMEM;
    ne_buf b;
    ne_buf_init(&b);
    z.next_in = (Bytef *)bytes;
    int status = NEWSEXT_OK;
    size_t left = len;
    while (status == NEWSEXT_OK) {
        /* zlib counts in uInt: feed at most 1 GiB at a time */
        if (z.avail_in == 0 && left) {
            z.avail_in = left > (1u << 30) ? (1u << 30) : (uInt)left;
            left -= z.avail_in;
        }
        ne_buf_reserve(&b, 64 * 1024);
        if (b.oom) { status = NEWSEXT_NOMEM; break; }
        z.next_out = (Bytef *)b.data + b.len;
        z.avail_out = (uInt)(b.cap - b.len - 1);
        int rc = inflate(&z, Z_NO_FLUSH);
        b.len = b.cap - 1 - z.avail_out;
        if (b.len > max_out) { status = NEWSEXT_TOOBIG; break; }
        if (rc == Z_STREAM_END) {
            /* concatenated gzip members form one file (RFC 1952) */
            if (z.avail_in == 0 && left == 0) break;
            if (z.avail_in >= 2 && z.next_in[0] == 0x1f && z.next_in[1] == 0x8b) {
                if (inflateReset(&z) != Z_OK) status = NEWSEXT_CORRUPT;
                continue;
            }
            break; /* trailing garbage after a complete member: ignore it */
        }
        if (rc == Z_BUF_ERROR && z.avail_in == 0 && left == 0) { status = NEWSEXT_CORRUPT; break; }
        if (rc != Z_OK && rc != Z_BUF_ERROR) status = rc == Z_MEM_ERROR ? NEWSEXT_NOMEM : NEWSEXT_CORRUPT;
    }
    inflateEnd(&z);
    if (status != NEWSEXT_OK) {
        ne_buf_free(&b);
        return status;
    }
    return ne_buf_finish(&b, out, out_len);
}

newsext_format newsext_sniff_format(const char *bytes, size_t len) {
    if (newsext_init() != NEWSEXT_OK) return NEWSEXT_FORMAT_TEXT;
    size_t n = len < 4096 ? len : 4096;
    /* The markers are ASCII, but the window may cut a UTF-8 sequence or hold
    ** another charset: match on a copy with every non-ASCII byte blanked. */
    char window[4096];
    for (size_t i = 0; i < n; i++) window[i] = (bytes[i] & 0x80) ? ' ' : bytes[i];
    pcre2_match_data *md = pcre2_match_data_create(2, NULL);
    if (!md) return NEWSEXT_FORMAT_TEXT;
    int rc = ne_pcre_match(html_marker_re, window, n, 0, 0, md);
    pcre2_match_data_free(md);
    return rc >= 0 ? NEWSEXT_FORMAT_HTML : NEWSEXT_FORMAT_TEXT;
}

/* Maps a declared label (charset_labels) to an iconv name. Returns NULL
** for labels we do not trust. */
static const char *iconv_name_for(const char *label) {
    for (size_t i = 0; i < sizeof charset_labels / sizeof *charset_labels; i++)
        if (!strcasecmp(label, charset_labels[i].label)) return charset_labels[i].name;
    return NULL;
}

static const char *declared_charset(const char *bytes, size_t len) {
    size_t n = len < 4096 ? len : 4096;
    char window[4096];
    for (size_t i = 0; i < n; i++) window[i] = (bytes[i] & 0x80) ? ' ' : bytes[i];
    pcre2_match_data *md = pcre2_match_data_create(2, NULL);
    if (!md) return NULL;
    const char *name = NULL;
    const pcre2_code *res[] = {xml_encoding_re, meta_charset_re};
    for (size_t r = 0; r < 2 && !name; r++) {
        if (ne_pcre_match(res[r], window, n, 0, 0, md) < 0) continue;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        char label[48];
        size_t ln = ov[3] - ov[2];
        memcpy(label, window + ov[2], ln);
        label[ln] = 0;
        name = iconv_name_for(label);
    }
    pcre2_match_data_free(md);
    return name;
}

/* Converts with iconv; undecodable input bytes become U+FFFD (skipping
** `unit` bytes, 2 for UTF-16). Returns NEWSEXT_INVALID if iconv does not
** know the charset. */
static int convert(const char *bytes, size_t len, const char *from, size_t unit, ne_buf *b) {
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1) return NEWSEXT_INVALID;
    char *in = (char *)bytes;
    size_t in_left = len;
    while (in_left && !b->oom) {
        ne_buf_reserve(b, in_left * 2 + 16);
        if (b->oom) break;
        char *o = b->data + b->len;
        size_t o_left = b->cap - b->len - 1;
        size_t r = iconv(cd, &in, &in_left, &o, &o_left);
        b->len = (size_t)(o - b->data);
        if (r != (size_t)-1) break;
        if (errno == E2BIG) continue;
        /* EILSEQ or EINVAL (truncated sequence at the end): replace and skip */
        ne_buf_append(b, "\xEF\xBF\xBD", 3);
        size_t skip = unit < in_left ? unit : in_left;
        in += skip;
        in_left -= skip;
        iconv(cd, NULL, NULL, NULL, NULL);
    }
    iconv_close(cd);
    return b->oom ? NEWSEXT_NOMEM : NEWSEXT_OK;
}

int newsext_decode(const char *bytes, size_t len, char **out, size_t *out_len, const char **charset) {
    *out = NULL;
    *out_len = 0;
    if (newsext_init() != NEWSEXT_OK) return NEWSEXT_INTERNAL;
    const unsigned char *u = (const unsigned char *)bytes;
    const char *cs = NULL;
    size_t unit = 1;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        cs = "UTF-8";
        bytes += 3;
        len -= 3;
    } else if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        cs = "UTF-16LE";
        unit = 2;
        bytes += 2;
        len -= 2;
    } else if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        cs = "UTF-16BE";
        unit = 2;
        bytes += 2;
        len -= 2;
    } else if (newsext_sniff_format(bytes, len) == NEWSEXT_FORMAT_HTML) {
        cs = declared_charset(bytes, len);
    }
    int valid_utf8 = -1;
    if (!cs) {
        valid_utf8 = newsext_utf8_valid(bytes, len);
        /* valid except for NUL bytes still counts as UTF-8 */
        cs = (valid_utf8 || memchr(bytes, 0, len)) ? "UTF-8" : "WINDOWS-1252";
    }
    if (charset) *charset = cs;
    if (!strcmp(cs, "UTF-8")) {
        if (valid_utf8 < 0) valid_utf8 = newsext_utf8_valid(bytes, len);
        if (valid_utf8) {
            *out = ne_strndup(bytes, len);
            *out_len = len;
            return *out ? NEWSEXT_OK : NEWSEXT_NOMEM;
        }
        return newsext_utf8_sanitize(bytes, len, out, out_len);
    }
    ne_buf b;
    ne_buf_init(&b);
    int rc = convert(bytes, len, cs, unit, &b);
    if (rc == NEWSEXT_INVALID) {
        if (charset) *charset = "UTF-8";
        return newsext_utf8_sanitize(bytes, len, out, out_len);
    }
    if (rc != NEWSEXT_OK) { ne_buf_free(&b); return rc; }
    char *converted;
    size_t n;
    if ((rc = ne_buf_finish(&b, &converted, &n)) != NEWSEXT_OK) return rc;
    if (newsext_utf8_valid(converted, n)) {
        *out = converted;
        *out_len = n;
        return NEWSEXT_OK;
    }
    /* a decoded NUL (or a stray invalid sequence): one more pass drops it */
    rc = newsext_utf8_sanitize(converted, n, out, out_len);
    ne_free(converted);
    return rc;
}
