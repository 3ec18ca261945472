/*
** htmlclean.c — the article in an HTML page.
**
**   SELECT article_clean('<html><body><nav>Home</nav><article><h1>Title</h1>'
**                        || '<p>First paragraph ...</p></article></body></html>');
**
** How it works:
**  1. libxml2's HTML parser (recovering from any error, never touching the
**     network) reads the page through SAX callbacks, so no libxml2 tree is
**     built: we keep a compact array of elements (parent, subtree end, tag
**     kind, class/id cue) and a list of text blocks (the text between two
**     block-level boundaries, whitespace collapsed, with the bytes inside
**     links counted; lines split by single <br>s are blocks of their own,
**     written one a line, and a run of them that is prose as a whole, with
**     several words a line, is prose line by line). Scripts, styles, form
**     fields and hidden inline elements contribute no text; hidden blocks,
**     buttons and labels are furniture (pages rendered on the client keep
**     the whole article in a hidden element until a script shows it, and
**     libxml2 leaves a <button> holding a <div> open to the end of the
**     page: furniture that holds most of the page's text is kept). The
**     element stack is bounded (MAX_DEPTH): deeper elements still split
**     blocks and still give their text to the deepest tracked element, so
**     nothing is lost and nothing recurses.
**     On the way it notes what the page says about itself for article_meta:
**     <title>, meta tags, JSON-LD, <time datetime>, canonical link, lang.
**  2. Furniture is settled: a class word makes furniture of an element
**     unless its paragraphs of prose overrule it (150 bytes a "soft" word
**     such as "widget", 1000 bytes any word short of the strongest such as
**     "comment"); a teaser card (a linked h2-h6 over less than 600 bytes of
**     prose, among sibling cards holding under half the page's prose) is
**     furniture, and so is a card whose excerpt is cut short with an
**     ellipsis beside a title, date or share row, among sibling cards;
**     where most cards of a list are cut short and 600+ bytes of prose
**     stand beside the list, all its short cards are furniture, however
**     much of the page's prose they hold; a <figure> that holds a table
**     is not.
**  3. Scoring (Readability's idea, our weights): every prose block (25+
**     bytes, not in furniture) scores 1 + commas + its length in hundreds
**     (at most 3), added to its element's parent, half to the grandparent,
**     less further up. An element starts from a tag bonus and its class/id
**     cue (data/article_class_cues.tsv: "article", "story" good; "share",
**     "related", "comment" bad) and is finally scaled by 1 - link density.
**  4. The best element (climbing up to CLIMB_LEVELS ancestors while each
**     adds a quarter more prose: page builders nest every section deeply)
**     and those of its siblings that score well or hold plain prose
**     paragraphs form the article region.
**  5. In the region, a block is dropped when it sits in furniture (nav,
**     aside, figure, footer, a class/id cue word such as "share",
**     "byline", "caption"), is mostly link text (unless it is a sentence
**     whose names are links, or a list item with words besides its link
**     between the article's paragraphs), is a furniture phrase (but a
**     paragraph of 30+ words that holds an appeal phrase such as "sign up
**     for" stays between the article's paragraphs), a byline, a dateline
**     or a caption, or is the headline; short blocks before the first or
**     after the last prose block (or sentence whose names are links) go
**     too (jusText's edge rule: bylines, dates, "Share" rows), except
**     short closing sentences in the last paragraph's container, tables
**     after the last paragraph and the headings that introduce them.
**     Legal notes of at most 80 words (data/article_legal.txt: a
**     disclosure of affiliate links, a licence, investment fine print) in
**     the run of blocks that ends the article end it before them, with up
**     to two other blocks between or after them, unless that would take
**     more than half of the article's blocks.
**  6. A safety net: when all that comes out is under a twentieth of the
**     page's prose (1000+ bytes of it), the article is the prose of the
**     deepest element that holds three fifths of that prose, furniture or
**     not (an article inside an element named like a comment box).
**  7. The JSON-LD articleBody (of an object typed as an article, or not
**     typed; in @graph or an array; the longest one) replaces what came out
**     when it is long (400+ bytes), reads as prose (3+ sentences, under 60
**     words a sentence on average) and is more than twice as long when the
**     page shows its opening, four times otherwise: pages rendered on the
**     client, articles cut into elements no container unites. Its lines
**     are paragraphs; a body holding tags or character references is
**     read as HTML, its line breaks as <br>s.
** Time and memory are linear in the page: one parse, arrays that grow by
** doubling, and passes over them that never nest.
*/
#include "article.h"

#include <ctype.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <string.h>

#include "newsext_data.h"

enum {
    MAX_DEPTH = 1000,      /* tracked element nesting; deeper is flattened */
    MIN_SCORED_BYTES = 25, /* shorter blocks do not vote for a container */
    CLIMB_LEVELS = 12,     /* how far above the best element the article may extend */
    SOFT_PROSE_BYTES = 150, /* prose that overrules a weak class word */
    HARD_PROSE_BYTES = 1000, /* prose that overrules a furniture class word... */
    STRONG_CUE_WEIGHT = -40, /* ...weaker than this one ("comment", "sidebar") */
    TEASER_PROSE_BYTES = 600, /* more prose under a linked title is not a teaser */
    FALLBACK_PAGE_PROSE = 1000, /* prose on a page whose article must not come out (nearly) empty */
    WRAPPED_LINE_WORDS = 6,  /* words a line of hand-wrapped prose has on average */
    LONG_APPEAL_WORDS = 30,  /* a paragraph this long that holds an appeal phrase may be prose */
    BOILERPLATE_APPEAL = 2, /* ne_is_boilerplate: an appeal phrase inside the block */
    LEGAL_RUN_GAP = 2,       /* other blocks a run of legal notes at the article's end may hold */
    LD_BODY_MIN_BYTES = 400, /* a JSON-LD articleBody shorter than this is a teaser */
    LD_BODY_MIN_SENTENCES = 3,
    LD_BODY_MAX_SENTENCE_WORDS = 60, /* more words a sentence on average is a keyword dump */
    LD_BODY_RATIO_SHARED = 2, /* the body must be this many times what the DOM kept when the page shows its opening... */
    LD_BODY_RATIO_ALONE = 4,  /* ...and this many times when it does not */
    LD_BODY_OPENING_BYTES = 48, /* how much of the body's opening must occur in the page's text */
    LD_BODY_OPENING_MIN = 20,
};

enum tag_flag {
    T_BLOCK = 1 << 0,     /* starts and ends a text block */
    T_SKIP = 1 << 1,      /* its text is not page text (script, style, ...) */
    T_LINK = 1 << 2,
    T_LIST_ITEM = 1 << 3,
    T_FURNITURE = 1 << 4, /* nav, aside, footer, figure, ... */
    T_BREAK = 1 << 5,     /* br, hr: a block boundary without content */
    T_PARAGRAPH = 1 << 6, /* p-like: a sibling of the best element may join */
    T_NEVER_FURNITURE = 1 << 7, /* html, body, main, article: cues ignored */
    T_TABLE_CELL = 1 << 8,
};

typedef struct tag_info {
    const char *name;
    int flags;
    int heading;    /* 1..6 for h1..h6 */
    int base_score; /* Readability's tag prior */
} tag_info;

static const tag_info tags[] = {
    {"p", T_BLOCK | T_PARAGRAPH, 0, 0},     {"div", T_BLOCK, 0, 5},
    {"section", T_BLOCK, 0, 0},             {"article", T_BLOCK | T_NEVER_FURNITURE, 0, 10},
    {"main", T_BLOCK | T_NEVER_FURNITURE, 0, 5}, {"body", T_BLOCK | T_NEVER_FURNITURE, 0, 0},
    {"html", T_BLOCK | T_NEVER_FURNITURE, 0, 0}, {"li", T_BLOCK | T_LIST_ITEM, 0, -3},
    {"ul", T_BLOCK, 0, -3},                 {"ol", T_BLOCK, 0, -3},
    {"dl", T_BLOCK, 0, -3},                 {"dt", T_BLOCK | T_LIST_ITEM, 0, -3},
    {"dd", T_BLOCK | T_LIST_ITEM, 0, -3},   {"h1", T_BLOCK, 1, -5},
    {"h2", T_BLOCK, 2, -5},                 {"h3", T_BLOCK, 3, -5},
    {"h4", T_BLOCK, 4, -5},                 {"h5", T_BLOCK, 5, -5},
    {"h6", T_BLOCK, 6, -5},                 {"blockquote", T_BLOCK | T_PARAGRAPH, 0, 3},
    {"pre", T_BLOCK | T_PARAGRAPH, 0, 3},   {"table", T_BLOCK, 0, 0},
    {"tr", T_BLOCK, 0, 0},                  {"td", T_BLOCK | T_TABLE_CELL, 0, 3},
    {"th", T_BLOCK | T_TABLE_CELL, 0, -5},                 {"tbody", T_BLOCK, 0, 0},
    {"thead", T_BLOCK, 0, 0},               {"tfoot", T_BLOCK, 0, 0},
    {"caption", T_BLOCK | T_FURNITURE, 0, 0}, {"figure", T_BLOCK | T_FURNITURE, 0, 0},
    {"figcaption", T_BLOCK | T_FURNITURE, 0, 0}, {"picture", T_BLOCK | T_FURNITURE, 0, 0},
    {"header", T_BLOCK | T_FURNITURE, 0, 0}, {"footer", T_BLOCK | T_FURNITURE, 0, 0},
    {"nav", T_BLOCK | T_FURNITURE, 0, 0},   {"aside", T_BLOCK | T_FURNITURE, 0, 0},
    {"menu", T_BLOCK | T_FURNITURE, 0, 0},  {"address", T_BLOCK, 0, -3},
    {"center", T_BLOCK, 0, 0},              {"details", T_BLOCK, 0, 0},
    {"summary", T_BLOCK, 0, 0},             {"fieldset", T_BLOCK, 0, 0},
    {"legend", T_BLOCK, 0, 0},              {"form", T_BLOCK, 0, -3},
    {"dialog", T_BLOCK | T_FURNITURE, 0, 0}, {"br", T_BREAK, 0, 0},
    {"hr", T_BREAK, 0, 0},                  {"a", T_LINK, 0, 0},
    {"script", T_SKIP, 0, 0},               {"style", T_SKIP, 0, 0},
    {"noscript", T_SKIP, 0, 0},             {"template", T_SKIP, 0, 0},
    {"svg", T_SKIP, 0, 0},                  {"math", T_SKIP, 0, 0},
    {"iframe", T_SKIP, 0, 0},               {"object", T_SKIP, 0, 0},
    {"embed", T_SKIP, 0, 0},                {"canvas", T_SKIP, 0, 0},
    {"select", T_SKIP, 0, 0},               {"option", T_SKIP, 0, 0},
    {"textarea", T_SKIP, 0, 0},             {"button", T_BLOCK | T_FURNITURE, 0, 0},
    {"head", T_SKIP, 0, 0},                 {"title", T_SKIP, 0, 0},
    {"video", T_SKIP, 0, 0},                {"audio", T_SKIP, 0, 0},
    {"map", T_SKIP, 0, 0},                  {"label", T_BLOCK | T_FURNITURE, 0, 0},
};

static ne_strmap *tag_index; /* tag name -> index in tags[] */

typedef struct html_node {
    int32_t parent;  /* -1 for the root */
    int32_t end;     /* index of the last element inside (subtree end) */
    int32_t furniture_up; /* innermost furniture element above this one, -1 for none */
    int32_t furniture_in; /* innermost furniture element at or above this one, after count_text */
    int16_t tag;     /* index in tags[], -1 for unknown tags */
    int16_t cue;     /* class/id cue weight */
    uint8_t furniture, scored;
    uint16_t overruling_prose; /* furniture by class word only: bytes of prose that overrule it (0: none do) */
    float score;
    size_t bytes, link_bytes; /* text inside, all and within links */
    size_t prose;             /* bytes of prose blocks inside (see is_scored_prose) */
    size_t plain_prose;       /* bytes of prose blocks inside, furniture or not (is_prose) */
    uint32_t linked_headings; /* h2..h6 inside that are links (teaser titles) */
    uint32_t cut_excerpts;    /* prose blocks inside cut short with an ellipsis (teaser excerpts) */
    uint32_t prose_children;  /* elements directly inside that hold prose */
} html_node;

typedef struct stack_entry {
    int32_t node;
    int32_t owner;     /* innermost block element (self included) */
    int32_t furniture; /* innermost furniture element, -1 for none */
    uint8_t skipping;  /* this element opened a skip (script, hidden) */
    uint8_t linking;
    uint8_t capturing; /* this element opened a capture (title, JSON-LD) */
    uint8_t dating;    /* this element is classed as the page's date */
    size_t date_from;  /* where its text starts in html_state.text */
} stack_entry;

typedef struct html_block {
    int32_t owner, furniture;
    size_t start, len, link_bytes;
    ne_block_stats st;
    int heading, list_item, table_cell;
    uint8_t wrapped;    /* follows the previous block of its element after a single <br> */
    uint8_t run_prose;  /* one of a run of such lines that together are prose */
} html_block;

enum capture_kind { CAPTURE_NONE, CAPTURE_TITLE, CAPTURE_JSONLD };

typedef struct html_state {
    html_node *nodes;
    size_t n_nodes, nodes_cap;
    stack_entry *stack;
    size_t depth, stack_cap;
    size_t untracked;        /* open elements beyond MAX_DEPTH */
    size_t untracked_skip;   /* of them, open skip elements */
    html_block *blocks;
    size_t n_blocks, blocks_cap;
    ne_buf text;             /* the texts of all blocks, back to back */
    size_t block_start, block_links;
    int pending_space;
    int breaks;              /* <br>s since the last block ended (2: a block boundary) */
    int skip, link;
    int capture;
    ne_buf captured;
    int dating;              /* an element classed as a date is open */
    ne_page_meta *meta;
    ne_scratch scratch;
    int oom;
} html_state;

static int grow(void **array, size_t *cap, size_t need, size_t item) {
    if (need <= *cap) return 1;
    size_t cap2 = *cap ? *cap * 2 : 64;
    while (cap2 < need) cap2 *= 2;
    void *p = ne_realloc(*array, cap2 * item);
    if (!p) return 0;
    *array = p;
    *cap = cap2;
    return 1;
}

static const tag_info *tag_of(int index) { return index >= 0 ? &tags[index] : NULL; }

static int lookup_tag(const xmlChar *name) {
    int index;
    if (!name || !ne_strmap_get(tag_index, (const char *)name, strlen((const char *)name), &index)) return -1;
    return index;
}

/* ---- building blocks ---- */

/* Frees what a parse of the state allocated. */
static void state_free(html_state *s) {
    ne_free(s->nodes);
    ne_free(s->stack);
    ne_free(s->blocks);
    ne_buf_free(&s->text);
    ne_buf_free(&s->captured);
}

static void flush_block(html_state *s) {
    if (s->text.len == s->block_start) return;
    if (!grow((void **)&s->blocks, &s->blocks_cap, s->n_blocks + 1, sizeof *s->blocks)) { s->oom = 1; return; }
    html_block *b = &s->blocks[s->n_blocks++];
    const stack_entry *top = s->depth ? &s->stack[s->depth - 1] : NULL;
    b->owner = top ? top->owner : -1;
    b->furniture = top ? top->furniture : -1;
    b->start = s->block_start;
    b->len = s->text.len - s->block_start;
    b->link_bytes = s->block_links;
    b->wrapped = s->breaks == 1 && s->n_blocks >= 2 && s->blocks[s->n_blocks - 2].owner == b->owner;
    b->run_prose = 0;
    s->breaks = 0;
    ne_block_stats_of(s->text.data + b->start, b->len, &b->st);
    const tag_info *owner_tag = b->owner >= 0 ? tag_of(s->nodes[b->owner].tag) : NULL;
    b->heading = owner_tag ? owner_tag->heading : 0;
    b->list_item = b->table_cell = 0;
    for (int32_t k = b->owner, up = 0; k >= 0 && up < 2 && !b->list_item; k = s->nodes[k].parent, up++) {
        const tag_info *t = tag_of(s->nodes[k].tag);
        b->list_item = t && (t->flags & T_LIST_ITEM);
        b->table_cell |= t && (t->flags & T_TABLE_CELL);
    }
    s->block_start = s->text.len;
    s->block_links = 0;
    s->pending_space = 0;
}

static void on_text(void *ctx, const xmlChar *ch, int len) {
    html_state *s = ctx;
    if (s->capture) {
        ne_buf_append(&s->captured, (const char *)ch, (size_t)len);
        return;
    }
    if (s->skip || s->untracked_skip) return;
    size_t before = s->text.len;
    size_t n = (size_t)len;
    const unsigned char *u = ch;
    size_t i = 0;
    while (i < n) {
        unsigned char c = u[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') { s->pending_space = 1; i++; continue; }
        if (c == 0xC2 && i + 1 < n && u[i + 1] == 0xA0) { s->pending_space = 1; i += 2; continue; }
        if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 && ((u[i + 2] >= 0x80 && u[i + 2] <= 0x8B) || u[i + 2] == 0xAF)) {
            s->pending_space = 1;
            i += 3;
            continue;
        }
        size_t run = i + 1;
        while (run < n && u[run] > ' ' && u[run] != 0xC2 && u[run] != 0xE2) run++;
        if (s->pending_space && s->text.len > s->block_start) ne_buf_putc(&s->text, ' ');
        s->pending_space = 0;
        ne_buf_append(&s->text, (const char *)ch + i, run - i);
        i = run;
    }
    if (s->link) s->block_links += s->text.len - before;
}

/* ---- page facts for article_meta ---- */

typedef struct attrs {
    const char *cls, *id, *style, *role, *itemprop, *content, *property, *name, *rel, *href,
        *datetime, *lang, *type, *aria_hidden;
    int hidden;
} attrs;

static void read_attrs(const xmlChar **atts, attrs *a) {
    memset(a, 0, sizeof *a);
    for (size_t i = 0; atts && atts[i]; i += 2) {
        const char *k = (const char *)atts[i], *v = atts[i + 1] ? (const char *)atts[i + 1] : "";
        switch (k[0]) {
        case 'a': if (!strcmp(k, "aria-hidden")) a->aria_hidden = v; break;
        case 'c':
            if (!strcmp(k, "class")) a->cls = v;
            else if (!strcmp(k, "content")) a->content = v;
            break;
        case 'd': if (!strcmp(k, "datetime")) a->datetime = v; break;
        case 'h':
            if (!strcmp(k, "href")) a->href = v;
            else if (!strcmp(k, "hidden")) a->hidden = 1;
            break;
        case 'i':
            if (!strcmp(k, "id")) a->id = v;
            else if (!strcmp(k, "itemprop")) a->itemprop = v;
            break;
        case 'l': if (!strcmp(k, "lang")) a->lang = v; break;
        case 'n': if (!strcmp(k, "name")) a->name = v; break;
        case 'p': if (!strcmp(k, "property")) a->property = v; break;
        case 'r':
            if (!strcmp(k, "role")) a->role = v;
            else if (!strcmp(k, "rel")) a->rel = v;
            break;
        case 's': if (!strcmp(k, "style")) a->style = v; break;
        case 't': if (!strcmp(k, "type")) a->type = v; break;
        }
    }
}

static int is_hidden(const attrs *a) {
    if (a->hidden || (a->aria_hidden && !strcmp(a->aria_hidden, "true"))) return 1;
    if (!a->style) return 0;
    const char *d = strstr(a->style, "display");
    if (d) {
        d += 7;
        while (*d == ' ' || *d == ':') d++;
        if (!strncmp(d, "none", 4)) return 1;
    }
    return 0;
}

static void set_meta(html_state *s, int slot, const char *v) {
    if (v && *v) ne_meta_set(s->meta, slot, v, strlen(v));
}

static void meta_tag(html_state *s, const attrs *a) {
    const char *key = a->property ? a->property : a->name ? a->name : a->itemprop;
    const char *v = a->content;
    if (!key || !v || !*v) return;
    char k[48];
    size_t n = strlen(key);
    if (n >= sizeof k) return;
    for (size_t i = 0; i <= n; i++) k[i] = (char)((key[i] >= 'A' && key[i] <= 'Z') ? key[i] + 32 : key[i]);
    if (!strcmp(k, "og:title") || !strcmp(k, "twitter:title")) set_meta(s, NE_M_OG_TITLE, v);
    else if (!strcmp(k, "headline")) set_meta(s, NE_M_ITEM_HEADLINE, v);
    else if (!strcmp(k, "og:site_name")) set_meta(s, NE_M_SITE, v);
    else if (!strcmp(k, "og:url")) set_meta(s, NE_M_OG_URL, v);
    else if (!strcmp(k, "og:description") || !strcmp(k, "description") || !strcmp(k, "twitter:description"))
        set_meta(s, NE_M_DESCRIPTION, v);
    else if (!strcmp(k, "og:locale")) set_meta(s, NE_M_LANG, v);
    else if (!strcmp(k, "datepublished")) set_meta(s, NE_M_ITEM_PUBLISHED, v);
    else if (!strcmp(k, "article:published_time") || !strcmp(k, "og:published_time") ||
             !strcmp(k, "pubdate") || !strcmp(k, "publishdate") || !strcmp(k, "publish-date") ||
             !strcmp(k, "date") || !strcmp(k, "dc.date") || !strcmp(k, "dc.date.issued") ||
             !strcmp(k, "dcterms.created") || !strcmp(k, "sailthru.date") || !strcmp(k, "parsely-pub-date") ||
             !strcmp(k, "article.published") || !strcmp(k, "original-publish-date"))
        set_meta(s, NE_M_META_PUBLISHED, v);
    else if (!strcmp(k, "article:modified_time") || !strcmp(k, "og:updated_time") || !strcmp(k, "datemodified") ||
             !strcmp(k, "dcterms.modified") || !strcmp(k, "last-modified"))
        set_meta(s, NE_M_META_MODIFIED, v);
    else if ((!strcmp(k, "author") || !strcmp(k, "article:author") || !strcmp(k, "sailthru.author") ||
              !strcmp(k, "parsely-author") || !strcmp(k, "dc.creator")) && strncmp(v, "http", 4))
        ne_meta_add_author(s->meta, 1, v, strlen(v));
}

static ne_strmap *date_class_words; /* data/article_date_classes.txt */

static int add_date_class_word(const char *line, size_t n, void *arg) {
    (void)arg;
    return ne_strmap_put(date_class_words, line, n, 1) ? 1 : 0;
}

/* Nonzero when a class or id value holds a word of
** data/article_date_classes.txt ("entry-date", "pubDate"). */
static int names_a_date(const char *value) {
    if (!value) return 0;
    for (const char *p = value; *p;) {
        while (*p && !isalnum((unsigned char)*p)) p++;
        char word[24];
        size_t n = 0;
        for (; isalnum((unsigned char)*p); p++)
            if (n < sizeof word) word[n++] = (char)tolower((unsigned char)*p);
        if (n && n < sizeof word && ne_strmap_get(date_class_words, word, n, NULL)) return 1;
    }
    return 0;
}

static void note_page_facts(html_state *s, const char *name, const attrs *a) {
    if (!strcmp(name, "meta")) meta_tag(s, a);
    else if (!strcmp(name, "link") && a->rel && a->href && !strcmp(a->rel, "canonical")) set_meta(s, NE_M_CANONICAL, a->href);
    else if (!strcmp(name, "html") && a->lang) set_meta(s, NE_M_LANG, a->lang);
    else if (!strcmp(name, "time") && a->datetime) set_meta(s, NE_M_TIME, a->datetime);
    if (a->itemprop && !strcmp(a->itemprop, "datePublished")) set_meta(s, NE_M_ITEM_PUBLISHED, a->datetime ? a->datetime : a->content);
    if (a->itemprop && !strcmp(a->itemprop, "dateModified")) set_meta(s, NE_M_META_MODIFIED, a->datetime ? a->datetime : a->content);
}

/* ---- SAX callbacks ---- */

/* Nonzero when the innermost furniture element around the parser is a
** <figure>. */
static int parent_furniture_figure(const html_state *s) {
    if (!s->depth) return 0;
    int32_t f = s->stack[s->depth - 1].furniture;
    return f >= 0 && s->nodes[f].tag >= 0 && !strcmp(tags[s->nodes[f].tag].name, "figure");
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts) {
    html_state *s = ctx;
    int index = lookup_tag(name);
    const tag_info *t = tag_of(index);
    int flags = t ? t->flags : 0;
    if (flags & (T_BLOCK | T_BREAK)) flush_block(s);
    if (flags & T_BREAK) s->breaks++;
    else if (flags & T_BLOCK) s->breaks = 2;
    attrs a;
    read_attrs(atts, &a);
    if (s->meta) note_page_facts(s, (const char *)name, &a);
    if (s->depth >= MAX_DEPTH || s->oom) {
        /* flattened: the text goes to the deepest tracked element */
        s->untracked++;
        if (flags & T_SKIP) s->untracked_skip++;
        return;
    }
    if (!grow((void **)&s->nodes, &s->nodes_cap, s->n_nodes + 1, sizeof *s->nodes) ||
        !grow((void **)&s->stack, &s->stack_cap, s->depth + 1, sizeof *s->stack)) {
        s->oom = 1;
        s->untracked++;
        return;
    }
    /* a figure that holds a table is data (block editors wrap tables in
    ** <figure>), not an image with its caption */
    if (index >= 0 && !strcmp(tags[index].name, "table") && parent_furniture_figure(s))
        s->nodes[s->stack[s->depth - 1].furniture].furniture = 0;
    int32_t id = (int32_t)s->n_nodes++;
    html_node *node = &s->nodes[id];
    const stack_entry *parent = s->depth ? &s->stack[s->depth - 1] : NULL;
    memset(node, 0, sizeof *node);
    node->parent = parent ? parent->node : -1;
    node->furniture_up = parent ? parent->furniture : -1;
    node->end = id;
    node->tag = (int16_t)index;
    int strongest = 0, strongest_hard = 0, cue = 0, s2 = 0, h2 = 0;
    if (a.cls) cue += ne_class_cue(a.cls, strlen(a.cls), &strongest, &strongest_hard);
    if (a.id) {
        cue += ne_class_cue(a.id, strlen(a.id), &s2, &h2);
        if (s2 < strongest) strongest = s2;
        if (h2 < strongest_hard) strongest_hard = h2;
    }
    if (a.role && (!strcmp(a.role, "navigation") || !strcmp(a.role, "complementary") ||
                   !strcmp(a.role, "contentinfo") || !strcmp(a.role, "banner") || !strcmp(a.role, "dialog")))
        strongest = strongest_hard = -50, cue -= 50;
    if (cue > 100) cue = 100;
    if (cue < -100) cue = -100;
    node->cue = (int16_t)cue;
    /* A hidden block is furniture rather than skipped: pages that render
    ** on the client stream the whole article into a hidden element that a
    ** script reveals (count_text keeps a furniture element that holds most
    ** of the page). Hidden inline text (icons, screen-reader labels) goes. */
    int hidden = is_hidden(&a);
    int cue_furniture = strongest <= -25 && cue <= 0;
    node->furniture = (hidden && (flags & T_BLOCK)) ||
                      (!(flags & T_NEVER_FURNITURE) && ((flags & T_FURNITURE) || cue_furniture));
    if (node->furniture && !hidden && !(flags & T_FURNITURE))
        node->overruling_prose = strongest_hard > -25                 ? SOFT_PROSE_BYTES
                                 : strongest_hard > STRONG_CUE_WEIGHT ? HARD_PROSE_BYTES
                                                                      : 0;
    stack_entry *e = &s->stack[s->depth++];
    e->node = id;
    e->owner = (flags & T_BLOCK) || !parent ? id : parent->owner;
    e->furniture = node->furniture ? id : parent ? parent->furniture : -1;
    e->skipping = (flags & T_SKIP) || (hidden && !(flags & T_BLOCK));
    e->linking = (flags & T_LINK) != 0;
    e->capturing = CAPTURE_NONE;
    s->skip += e->skipping;
    s->link += e->linking;
    if (s->meta && !s->capture && !strcmp((const char *)name, "title") && s->skip <= 2)
        e->capturing = CAPTURE_TITLE;
    else if (s->meta && !s->capture && !strcmp((const char *)name, "script") && a.type && strstr(a.type, "ld+json"))
        e->capturing = CAPTURE_JSONLD;
    if (e->capturing) {
        s->capture = e->capturing;
        s->captured.len = 0;
    }
    e->dating = s->meta && !s->dating && !s->meta->slot[NE_M_DATE_ELEMENT].len &&
                (names_a_date(a.cls) || names_a_date(a.id));
    if (e->dating) {
        s->dating = 1;
        e->date_from = s->text.len;
    }
}

static void on_end(void *ctx, const xmlChar *name) {
    html_state *s = ctx;
    int index = lookup_tag(name);
    const tag_info *t = tag_of(index);
    int flags = t ? t->flags : 0;
    if (flags & T_BLOCK) {
        flush_block(s);
        s->breaks = 2;
    }
    if (s->untracked) {
        s->untracked--;
        if ((flags & T_SKIP) && s->untracked_skip) s->untracked_skip--;
        return;
    }
    if (!s->depth) return;
    stack_entry *e = &s->stack[--s->depth];
    s->nodes[e->node].end = (int32_t)s->n_nodes - 1;
    s->skip -= e->skipping;
    s->link -= e->linking;
    if (e->dating) {
        /* a date printed for readers: "12.09.2024", "March 11, 2022 10:05" */
        s->dating = 0;
        size_t n = s->text.len - e->date_from;
        char iso[32];
        if (n && n <= 64 && ne_meta_iso_date(s->text.data + e->date_from, n, iso))
            ne_meta_set(s->meta, NE_M_DATE_ELEMENT, iso, strlen(iso));
    }
    if (e->capturing) {
        const char *c = s->captured.data ? s->captured.data : "";
        if (e->capturing == CAPTURE_TITLE) ne_meta_set(s->meta, NE_M_TITLE_TAG, c, s->captured.len);
        else ne_meta_jsonld(s->meta, c, s->captured.len);
        s->capture = CAPTURE_NONE;
        s->captured.len = 0;
    }
}

static int parse(html_state *s, const char *html, size_t len) {
    htmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.startElement = on_start;
    sax.endElement = on_end;
    sax.characters = on_text;
    sax.cdataBlock = on_text;
    sax.ignorableWhitespace = on_text;
    if (len > INT32_MAX) return NEWSEXT_TOOBIG;
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(html, (int)len);
    if (!ctxt) return NEWSEXT_NOMEM;
    /* the input is already UTF-8, whatever its <meta charset> says */
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    htmlSAXHandler *old = (htmlSAXHandler *)ctxt->sax;
    ctxt->sax = &sax;
    ctxt->userData = s;
    htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                 HTML_PARSE_COMPACT | XML_PARSE_HUGE | HTML_PARSE_IGNORE_ENC);
    htmlParseDocument(ctxt);
    ctxt->sax = (xmlSAXHandler *)old;
    ctxt->userData = NULL;
    htmlFreeParserCtxt(ctxt);
    /* close what the parser left open */
    while (s->depth || s->untracked) on_end(s, NULL);
    flush_block(s);
    return s->oom || s->text.oom || s->captured.oom ? NEWSEXT_NOMEM : NEWSEXT_OK;
}

/* ---- choosing the article ---- */

static double link_density(const html_node *n) { return n->bytes ? (double)n->link_bytes / (double)n->bytes : 0; }

/* A block's innermost furniture element that is still furniture. */
static int32_t furniture_of(const html_state *s, int32_t f) {
    while (f >= 0 && !s->nodes[f].furniture) f = s->nodes[f].furniture_up;
    return f;
}

/* A block that votes for its containers: prose-sized, outside furniture,
** not a heading, at most half link text. */
static int is_scored_prose(const html_block *b) {
    return b->furniture < 0 && !b->heading && b->len >= MIN_SCORED_BYTES && b->link_bytes * 2 <= b->len;
}

/* An excerpt cut short ("The mayor said the bridge would reopen
** before..."): prose ending in an ellipsis, the mark of a teaser that
** links to the whole text elsewhere. */
static int is_cut_excerpt(const html_state *s, const html_block *b) {
    const char *t = s->text.data + b->start;
    size_t n = b->len;
    if (b->st.words < 10 || b->link_bytes * 2 >= b->len) return 0;
    if (n >= 1 && t[n - 1] == ']') n--; /* "[...]" */
    return (n >= 3 && !memcmp(t + n - 3, "...", 3)) || (n >= 3 && !memcmp(t + n - 3, "\xE2\x80\xA6", 3));
}

/* A block that is prose: long enough, few links; or a line of a
** paragraph written with a <br> at the end of every line. */
static int is_prose(const html_block *b) {
    return b->run_prose ||
           (b->st.words >= 10 && b->link_bytes * 2 < b->len && (b->st.ends_sentence || b->st.words >= 20));
}

/* Text wrapped by hand ("<p>The river rose<br>in the night and<br>...")
** comes as one block a line, none of them a sentence: a run of such lines
** that is prose as a whole, with lines of several words each (not an
** address or a list of names), is prose line by line. */
static void mark_wrapped_prose(html_state *s) {
    for (size_t i = 0; i < s->n_blocks;) {
        size_t end = i + 1;
        while (end < s->n_blocks && s->blocks[end].wrapped) end++;
        size_t lines = end - i, words = 0, len = 0, links = 0;
        for (size_t k = i; k < end; k++) {
            words += s->blocks[k].st.words;
            len += s->blocks[k].len;
            links += s->blocks[k].link_bytes;
        }
        int prose = lines >= 2 && words >= 10 && words >= lines * WRAPPED_LINE_WORDS && links * 2 < len &&
                    (s->blocks[end - 1].st.ends_sentence || words >= 20);
        for (size_t k = i; prose && k < end; k++) s->blocks[k].run_prose = 1;
        i = end;
    }
}

static void count_text(html_state *s) {
    /* subtree text totals: children come after their parent in the array */
    for (size_t i = 0; i < s->n_blocks; i++) {
        const html_block *b = &s->blocks[i];
        if (b->owner < 0) continue;
        s->nodes[b->owner].bytes += b->len;
        s->nodes[b->owner].link_bytes += b->link_bytes;
        if (is_prose(b)) s->nodes[b->owner].plain_prose += b->len;
        if (b->heading >= 2 && b->link_bytes * 10 >= b->len * 8) s->nodes[b->owner].linked_headings++;
        if (is_cut_excerpt(s, b)) s->nodes[b->owner].cut_excerpts++;
    }
    for (size_t i = s->n_nodes; i-- > 1;) {
        int32_t p = s->nodes[i].parent;
        if (p < 0) continue;
        s->nodes[p].bytes += s->nodes[i].bytes;
        s->nodes[p].link_bytes += s->nodes[i].link_bytes;
        s->nodes[p].plain_prose += s->nodes[i].plain_prose;
        s->nodes[p].linked_headings += s->nodes[i].linked_headings;
        s->nodes[p].cut_excerpts += s->nodes[i].cut_excerpts;
    }
    for (size_t i = 1; i < s->n_nodes; i++)
        if (s->nodes[i].plain_prose && s->nodes[i].parent >= 0) s->nodes[s->nodes[i].parent].prose_children++;
    /* A class word such as "sidebar" on an element that holds most of the
    ** page's text is a layout name, not furniture (themes call their whole
    ** content column "container-single with-sidebar"). */
    if (!s->n_nodes) return;
    size_t page_text = s->nodes[0].bytes - s->nodes[0].link_bytes;
    for (size_t i = 1; i < s->n_nodes; i++) {
        html_node *n = &s->nodes[i];
        /* a teaser card: the linked title of another page and a short
        ** excerpt (lists of related or latest posts); or an excerpt cut
        ** short with an ellipsis beside a title, date or share row (text
        ** other than the excerpt: a paragraph alone is no card) */
        int linked_card = n->linked_headings == 1 && n->parent >= 0 && s->nodes[n->parent].linked_headings >= 2;
        int cut_card = n->cut_excerpts == 1 && n->bytes > n->plain_prose && n->parent >= 0 &&
                       s->nodes[n->parent].cut_excerpts >= 2;
        /* a list of cards most of which are cut short is a teaser list
        ** even when it holds most of the page's prose, if a whole article
        ** stands beside it: all its short cards go */
        const html_node *list = n->parent >= 0 ? &s->nodes[n->parent] : NULL;
        int teaser_list = list && list->cut_excerpts >= 3 && list->cut_excerpts * 2 >= list->prose_children &&
                          list->parent >= 0 &&
                          s->nodes[list->parent].plain_prose - list->plain_prose >= TEASER_PROSE_BYTES;
        if (teaser_list && n->plain_prose > 0 && n->plain_prose < TEASER_PROSE_BYTES && n->bytes > n->plain_prose)
            n->furniture = 1, n->overruling_prose = 0;
        if ((linked_card || cut_card) && n->plain_prose > 0 && n->plain_prose < TEASER_PROSE_BYTES &&
            s->nodes[n->parent].plain_prose * 2 < s->nodes[0].plain_prose)
            n->furniture = 1, n->overruling_prose = 0;
        int was_furniture = n->furniture;
        if (n->furniture && (n->bytes - n->link_bytes) * 2 > page_text) n->furniture = 0;
        /* page builders wrap every text box in "widget" or "module", and
        ** themes name the article column "content-nav-section": a class
        ** word loses to paragraphs of prose (a weak one to less prose) */
        if (n->overruling_prose && n->plain_prose >= n->overruling_prose && n->plain_prose * 10 >= n->bytes * 6 &&
            n->link_bytes * 10 < n->bytes * 3)
            n->furniture = 0;
        /* ...and then its class words count against it no more */
        if (was_furniture && !n->furniture && n->cue < 0) n->cue = 0;
    }
    /* innermost furniture element at or above each element, now that
    ** teaser cards are known (parents come before their children) */
    for (size_t i = 0; i < s->n_nodes; i++) {
        html_node *n = &s->nodes[i];
        n->furniture_in = n->furniture ? (int32_t)i : n->parent >= 0 ? s->nodes[n->parent].furniture_in : -1;
    }
    for (size_t i = 0; i < s->n_blocks; i++) {
        html_block *b = &s->blocks[i];
        b->furniture = furniture_of(s, b->furniture);
        /* both lie on the block's chain of ancestors: the inner one counts */
        if (b->owner >= 0 && s->nodes[b->owner].furniture_in > b->furniture) b->furniture = s->nodes[b->owner].furniture_in;
        if (b->owner >= 0 && is_scored_prose(b)) s->nodes[b->owner].prose += b->len;
    }
    for (size_t i = s->n_nodes; i-- > 1;)
        if (s->nodes[i].parent >= 0) s->nodes[s->nodes[i].parent].prose += s->nodes[i].prose;
}

static void score_containers(html_state *s) {
    for (size_t i = 0; i < s->n_blocks; i++) {
        const html_block *b = &s->blocks[i];
        if (b->owner < 0 || !is_scored_prose(b)) continue;
        double points = 1.0 + (double)b->st.commas + (b->len / 100 < 3 ? (double)(b->len / 100) : 3.0);
        int32_t k = s->nodes[b->owner].parent;
        for (int level = 0; k >= 0 && level < 5; level++, k = s->nodes[k].parent) {
            html_node *n = &s->nodes[k];
            if (!n->scored) {
                const tag_info *t = tag_of(n->tag);
                n->score = (float)((t ? t->base_score : 0) + n->cue);
                n->scored = 1;
            }
            n->score += (float)(points / (level == 0 ? 1 : level == 1 ? 2 : level * 3));
        }
    }
}

/* Marks in `in_region` (per node, 1 = region root) the best element and the
** siblings that belong with it. Returns the best element or -1. */
static int32_t choose_region(html_state *s, uint8_t *region_root) {
    int32_t best = -1;
    for (size_t i = 0; i < s->n_nodes; i++) {
        html_node *n = &s->nodes[i];
        if (!n->scored || n->furniture) continue;
        n->score *= (float)(1.0 - link_density(n));
        if (best < 0 || n->score > s->nodes[best].score) best = (int32_t)i;
    }
    if (best < 0) return -1;
    /* An article split into sections (between embeds, ads, pull quotes)
    ** scores in one section only: climb to an ancestor (CLIMB_LEVELS up at
    ** most) that adds a good deal of prose of its own. */
    for (int climbed = 1; climbed;) {
        climbed = 0;
        int32_t up = s->nodes[best].parent;
        for (int level = 0; up >= 0 && level < CLIMB_LEVELS; level++, up = s->nodes[up].parent) {
            const tag_info *t = tag_of(s->nodes[up].tag);
            if ((t && (!strcmp(t->name, "body") || !strcmp(t->name, "html"))) || s->nodes[up].furniture) break;
            if ((s->nodes[up].prose - s->nodes[best].prose) * 4 >= s->nodes[best].prose) {
                best = up;
                climbed = 1;
                break;
            }
        }
    }
    region_root[best] = 1;
    int32_t parent = s->nodes[best].parent;
    if (parent < 0) return best;
    float threshold = s->nodes[best].score * 0.2f;
    if (threshold < 10) threshold = 10;
    for (int32_t c = parent + 1; c <= s->nodes[parent].end; c = s->nodes[c].end + 1) {
        const html_node *n = &s->nodes[c];
        if (c == best || n->furniture) continue;
        const tag_info *t = tag_of(n->tag);
        double links = link_density(n);
        int join = n->scored && n->score >= threshold;
        if (!join && t && (t->flags & T_PARAGRAPH))
            join = (n->bytes > 80 && links < 0.25) || (n->bytes > 0 && links == 0);
        region_root[c] = (uint8_t)join;
    }
    return best;
}

static int same_text(const char *a, size_t an, const ne_buf *b) {
    return b->len && an == b->len && !memcmp(a, b->data, an);
}

/* A sentence whose names are links ("<a>Jane Doe</a> has left <a>the
** band</a>."): prose, although links make most of it. Link rows and
** "Read more: <a>headline</a>" do not end in a full stop. */
static int linked_sentence(const html_block *b) {
    return b->st.ends_sentence && b->st.words >= 8 && b->link_bytes * 4 <= b->len * 3;
}

/* keep_block's answers besides 0 (drop) and 1 (keep) */
enum { KEEP_INSIDE = 2 /* keep only between two of the article's paragraphs */ };

static int keep_block(html_state *s, const html_block *b, int32_t root, const ne_page_meta *meta) {
    const char *t = s->text.data + b->start;
    if (b->furniture > root) return 0;
    if (b->heading == 1) return 0;
    /* link lists go; a list of news items whose first sentence is a link
    ** stays (long items), and so does a list inside the article whose
    ** items say something besides their link ("<a>Tent</a> (two-person)",
    ** "<a>Course</a>: 40 hours, free"): a list of resources, not of pages */
    int inside_only = 0;
    if (b->list_item) {
        if (b->link_bytes * 10 > b->len * 7 || (b->link_bytes * 10 > b->len * 3 && b->st.words < 15)) {
            if (b->link_bytes * 20 >= b->len * 19) return 0;
            inside_only = 1;
        }
    } else if (b->link_bytes * 2 > b->len && b->st.words < 60 && !linked_sentence(b)) {
        return 0;
    }
    int boilerplate = ne_is_boilerplate(&s->scratch, t, b->len, &b->st);
    /* an appeal phrase ("sign up for") inside a long paragraph may be the
    ** article talking: such a block stays when article prose surrounds it */
    int long_appeal = boilerplate == BOILERPLATE_APPEAL && b->st.words >= LONG_APPEAL_WORDS;
    if (boilerplate && !long_appeal) return 0;
    if (b->st.words <= 40 && ne_is_credit(&s->scratch, t, b->len, &b->st)) return 0;
    const char *name;
    size_t name_len;
    char iso[32];
    if (ne_is_byline(t, b->len, &b->st, &name, &name_len) || ne_meta_dateline(&s->scratch, t, b->len, iso)) return 0;
    if (meta && b->heading && (same_text(t, b->len, &meta->slot[NE_M_OG_TITLE]) ||
                               same_text(t, b->len, &meta->slot[NE_M_H1])))
        return 0;
    return long_appeal || inside_only ? KEEP_INSIDE : 1;
}

static int short_sentence_after(const html_state *s, size_t prev, size_t i) {
    const html_block *a = &s->blocks[prev], *b = &s->blocks[i];
    return b->st.ends_sentence && b->st.words >= 3 && !b->link_bytes && !b->heading && !b->list_item &&
           a->owner >= 0 && b->owner >= 0 && s->nodes[a->owner].parent == s->nodes[b->owner].parent;
}

static void write_article(html_state *s, const uint8_t *region_root, int32_t best, ne_buf *out) {
    /* which region root each block is in: blocks and roots are both in
    ** document order, so one merge walk */
    size_t n = s->n_blocks;
    uint8_t *keep = ne_malloc(n ? n : 1);
    if (!keep) { s->oom = 1; return; }
    int32_t root = -1;
    int32_t next_root = 0;
    for (size_t i = 0; i < n; i++) {
        const html_block *b = &s->blocks[i];
        keep[i] = 0;
        if (best < 0) {
            keep[i] = b->furniture < 0 ? (uint8_t)keep_block(s, b, -1, s->meta) : 0;
            continue;
        }
        if (b->owner < 0) continue;
        if (root >= 0 && b->owner > s->nodes[root].end) root = -1;
        while (root < 0 && next_root <= b->owner && next_root < (int32_t)s->n_nodes) {
            if (region_root[next_root] && b->owner <= s->nodes[next_root].end) root = next_root;
            next_root = region_root[next_root] ? s->nodes[next_root].end + 1 : next_root + 1;
        }
        if (root >= 0 && b->owner >= root) keep[i] = (uint8_t)keep_block(s, b, root, s->meta);
    }
    /* the edge rule: short blocks before the first and after the last
    ** prose block are furniture (bylines, dates, share rows) */
    size_t first = n, last = 0;
    for (size_t i = 0; i < n; i++)
        if (keep[i] == 1 && is_prose(&s->blocks[i])) { if (first == n) first = i; last = i; }
    /* blocks kept only inside the article need its paragraphs on both
    ** sides (list items do not count: a list of promotions may follow it) */
    size_t first_par = n, last_par = 0;
    for (size_t i = 0; i < n; i++)
        if (keep[i] == 1 && is_prose(&s->blocks[i]) && !s->blocks[i].list_item) {
            if (first_par == n) first_par = i;
            last_par = i;
        }
    for (size_t i = 0; i < n; i++)
        if (keep[i] == KEEP_INSIDE) keep[i] = first_par < i && i < last_par;
    /* a sentence whose names are links is prose too ("<a>Jane Doe</a> has
    ** been voted off <a>the show</a>."); but when no block is prose the
    ** edge rule stays off, and a linked sentence must not switch it on
    ** (pages in scripts written without spaces have few words a block) */
    for (size_t i = 0; first < n && i < n; i++)
        if (keep[i] && linked_sentence(&s->blocks[i])) {
            if (i < first) first = i;
            if (i > last) last = i;
        }
    /* short closing sentences of the article ("He was 84.") are no
    ** furniture: plain sentences right after the last prose block, in the
    ** same container, stay */
    while (first < n && last + 1 < n && keep[last + 1] && short_sentence_after(s, last, last + 1)) last++;
    /* a last paragraph ending in a colon announces what follows (a list of
    ** dates, of names): the run of kept blocks after it stays */
    if (first < n && last + 1 < n && keep[last + 1]) {
        const html_block *b = &s->blocks[last + 1];
        if (b->len && s->text.data[b->start + b->len - 1] == ':')
            while (last + 1 < n && keep[last + 1]) last++;
    }
    /* tables after the last paragraph are data (a training plan, a price
    ** list), with the headings that introduce them */
    for (size_t i = last + 1; first < n && i < n; i++) {
        if (!keep[i]) continue;
        if (s->blocks[i].table_cell) last = i;
        else if (!s->blocks[i].heading) break;
    }
    /* legal notes (a disclosure, a licence, fine print) in the run of
    ** blocks that ends the article end it before them, with up to two
    ** other blocks between or after them, when the article's first half
    ** stays */
    if (first < n) {
        size_t cut = n, gap = 0, written = 0, before_cut = 0;
        for (size_t i = last + 1; i-- > first && gap <= LEGAL_RUN_GAP;) {
            if (!keep[i]) continue;
            const html_block *b = &s->blocks[i];
            if (ne_is_legal_note(&s->scratch, s->text.data + b->start, b->len, &b->st)) cut = i, gap = 0;
            else gap++;
        }
        for (size_t i = first; cut < n && i <= last; i++)
            if (keep[i]) written++, before_cut += i < cut;
        if (cut < n && before_cut * 2 >= written)
            while (last >= cut && last > first) last--;
    }
    int any = 0, prev_item = 0;
    size_t prev_written = 0;
    int32_t prev_owner_parent = -2;
    for (size_t i = 0; i < n; i++) {
        if (!keep[i]) continue;
        if (first < n && (i < first || i > last)) continue;
        const html_block *b = &s->blocks[i];
        int32_t owner_parent = b->owner >= 0 ? s->nodes[b->owner].parent : -1;
        /* items of one list, and lines wrapped by hand, one line each */
        int join_item = any && ((b->list_item && prev_item && owner_parent == prev_owner_parent) ||
                                (b->wrapped && prev_written + 1 == i));
        if (any) ne_buf_append(out, join_item ? "\n" : "\n\n", join_item ? 1 : 2);
        ne_buf_append(out, s->text.data + b->start, b->len);
        any = 1;
        prev_item = b->list_item;
        prev_owner_parent = owner_parent;
        prev_written = i;
    }
    ne_free(keep);
}

/* The safety net: when the chosen region yields next to nothing while the
** page holds paragraphs of prose (the article sits in an element whose
** class words or markup made furniture of it, and something small won),
** the article is the prose of the deepest element that holds most of the
** page's prose, furniture or not. */
static void write_prose_fallback(const html_state *s, ne_buf *out, size_t written_from) {
    if (!s->n_nodes) return;
    size_t page_prose = s->nodes[0].plain_prose;
    if (out->oom || page_prose < FALLBACK_PAGE_PROSE || (out->len - written_from) * 20 >= page_prose) return;
    int32_t holder = 0;
    for (int descended = 1; descended;) {
        descended = 0;
        const html_node *h = &s->nodes[holder];
        for (int32_t c = holder + 1; c <= h->end; c = s->nodes[c].end + 1)
            if (s->nodes[c].plain_prose * 10 >= page_prose * 6) {
                holder = c;
                descended = 1;
                break;
            }
    }
    out->len = written_from;
    if (out->data) out->data[out->len] = 0;
    for (size_t i = 0; i < s->n_blocks; i++) {
        const html_block *b = &s->blocks[i];
        if (b->owner < holder || b->owner > s->nodes[holder].end || !is_prose(b)) continue;
        if (out->len > written_from) ne_buf_append(out, "\n\n", 2);
        ne_buf_append(out, s->text.data + b->start, b->len);
    }
}

/* ---- the JSON-LD articleBody fallback ---- */

/* Nonzero when text holds markup: a tag ("<p>", "</b>") or a character
** reference ("&amp;", "&#8217;"); some sites put the article's HTML
** rather than its text into articleBody. */
static int holds_markup(const char *t, size_t n) {
    for (size_t i = 0; i + 1 < n; i++) {
        unsigned char c = (unsigned char)t[i + 1];
        if (t[i] == '<' && (isalpha(c) || c == '/')) return 1;
        if (t[i] != '&' || !(isalnum(c) || c == '#')) continue;
        size_t k = i + 2;
        while (k < n && k < i + 12 && isalnum((unsigned char)t[k])) k++;
        if (k < n && t[k] == ';') return 1;
    }
    return 0;
}

/* Writes an articleBody as the article: each line a paragraph (whitespace
** collapsed, empty lines dropped). Markup is read as HTML, each line
** break a <br>: every block libxml2 finds is a paragraph, references are
** decoded. */
static void write_body_paragraphs(const ne_buf *body, ne_buf *out) {
    size_t from = out->len;
    if (holds_markup(body->data, body->len)) {
        ne_buf html;
        ne_buf_init(&html);
        for (size_t i = 0; i < body->len;) {
            const char *nl = memchr(body->data + i, '\n', body->len - i);
            size_t end = nl ? (size_t)(nl - body->data) : body->len;
            ne_buf_append(&html, body->data + i, end - i);
            if (nl) ne_buf_append(&html, "<br>", 4);
            i = end + 1;
        }
        html_state m;
        memset(&m, 0, sizeof m);
        ne_buf_init(&m.text);
        ne_buf_init(&m.captured);
        if (!html.oom && parse(&m, html.data ? html.data : "", html.len) == NEWSEXT_OK)
            for (size_t i = 0; i < m.n_blocks; i++) {
                if (out->len > from) ne_buf_append(out, "\n\n", 2);
                ne_buf_append(out, m.text.data + m.blocks[i].start, m.blocks[i].len);
            }
        else out->oom = 1;
        state_free(&m);
        ne_buf_free(&html);
        return;
    }
    for (size_t i = 0; i < body->len;) {
        const char *nl = memchr(body->data + i, '\n', body->len - i);
        size_t end = nl ? (size_t)(nl - body->data) : body->len;
        size_t before = out->len;
        if (out->len > from) ne_buf_append(out, "\n\n", 2);
        size_t line_at = out->len;
        ne_collapse_space(out, body->data + i, end - i);
        if (out->len == line_at) out->len = before; /* a blank line */
        i = end + 1;
    }
    if (out->data) out->data[out->len] = 0;
}

/* Sentence ends (. ! ? and the ideographic full stop, followed by a space
** or the end) in text. */
static size_t count_sentences(const char *t, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        int stop = t[i] == '.' || t[i] == '!' || t[i] == '?';
        size_t after = i + 1;
        if (!stop && i + 2 < n && !memcmp(t + i, "\xE3\x80\x82", 3)) stop = 1, after = i + 3;
        if (stop && (after >= n || t[after] == ' ' || t[after] == '\n')) count++;
    }
    return count;
}

/* Nonzero when the opening of the body (its first 48 bytes, or its first
** paragraph when shorter) occurs in the page's visible text: the body is
** this page's article, not a teaser of another. */
static int page_shows_opening(const html_state *s, const char *body, size_t n) {
    size_t len = n < LD_BODY_OPENING_BYTES ? n : LD_BODY_OPENING_BYTES;
    const char *nl = memchr(body, '\n', len);
    if (nl) len = (size_t)(nl - body);
    len = ne_utf8_prefix(body, len, len);
    if (len < LD_BODY_OPENING_MIN || !s->text.len) return 0;
    return memmem(s->text.data, s->text.len, body, len) != NULL;
}

/* When the DOM path kept little of what the page's JSON-LD articleBody
** holds (a page rendered on the client, an article split into elements no
** container unites), the articleBody is the article: a long text of
** sentences, twice what was kept when the page shows its opening, four
** times otherwise. */
static void write_ld_body_fallback(const html_state *s, ne_buf *out, size_t written_from) {
    const ne_buf *body = &s->meta->ld_body;
    size_t kept = out->len - written_from;
    if (out->oom || body->len < LD_BODY_MIN_BYTES || kept * LD_BODY_RATIO_SHARED >= body->len) return;
    ne_buf paragraphs;
    ne_buf_init(&paragraphs);
    write_body_paragraphs(body, &paragraphs);
    if (paragraphs.oom) { out->oom = 1; ne_buf_free(&paragraphs); return; }
    ne_block_stats st;
    ne_block_stats_of(paragraphs.data ? paragraphs.data : "", paragraphs.len, &st);
    size_t sentences = count_sentences(paragraphs.data ? paragraphs.data : "", paragraphs.len);
    size_t ratio = page_shows_opening(s, paragraphs.data ? paragraphs.data : "", paragraphs.len) ? LD_BODY_RATIO_SHARED
                                                                                                 : LD_BODY_RATIO_ALONE;
    if (paragraphs.len >= LD_BODY_MIN_BYTES && kept * ratio < paragraphs.len && sentences >= LD_BODY_MIN_SENTENCES &&
        st.words <= sentences * LD_BODY_MAX_SENTENCE_WORDS) {
        out->len = written_from;
        ne_buf_append(out, paragraphs.data, paragraphs.len);
    }
    ne_buf_free(&paragraphs);
}

int ne_html_article(const char *html, size_t len, ne_buf *out, ne_page_meta *meta) {
    html_state s;
    memset(&s, 0, sizeof s);
    ne_buf_init(&s.text);
    ne_buf_init(&s.captured);
    ne_page_meta local;
    ne_meta_init(&local);
    /* headings are compared with og:title and <h1>, so facts are always gathered */
    s.meta = meta ? meta : &local;
    int rc = ne_scratch_init(&s.scratch);
    if (rc == NEWSEXT_OK) rc = parse(&s, html, len);
    if (rc == NEWSEXT_OK) {
        for (size_t i = 0; i < s.n_blocks; i++)
            if (s.blocks[i].heading == 1) {
                ne_meta_set(s.meta, NE_M_H1, s.text.data + s.blocks[i].start, s.blocks[i].len);
                break;
            }
        mark_wrapped_prose(&s);
        count_text(&s);
        score_containers(&s);
        uint8_t *region_root = ne_malloc(s.n_nodes ? s.n_nodes : 1);
        if (!region_root) rc = NEWSEXT_NOMEM;
        else {
            memset(region_root, 0, s.n_nodes ? s.n_nodes : 1);
            int32_t best = choose_region(&s, region_root);
            size_t written_from = out->len;
            write_article(&s, region_root, best, out);
            write_prose_fallback(&s, out, written_from);
            write_ld_body_fallback(&s, out, written_from);
            ne_free(region_root);
            if (s.oom || out->oom) rc = NEWSEXT_NOMEM;
        }
    }
    state_free(&s);
    ne_meta_free(&local);
    ne_scratch_free(&s.scratch);
    return rc;
}

static int add_tag(size_t i) {
    return ne_strmap_put(tag_index, tags[i].name, strlen(tags[i].name), (int)i);
}

int ne_html_init(void) {
    /* libxml2 sets itself up on first use unless told to now; done here,
    ** under newsext_init's pthread_once, threads cannot race to do it */
    xmlInitParser();
    tag_index = ne_strmap_new(sizeof tags / sizeof *tags);
    if (!tag_index) return NEWSEXT_INTERNAL;
    for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
        if (add_tag(i)) return NEWSEXT_INTERNAL;
    date_class_words = ne_strmap_new(32);
    if (!date_class_words ||
        ne_each_line(ne_data_article_date_classes, ne_data_article_date_classes_len, add_date_class_word, NULL))
        return NEWSEXT_INTERNAL;
    return NEWSEXT_OK;
}
