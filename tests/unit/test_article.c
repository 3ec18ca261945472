/* Unit tests of article extraction (ext/htmlclean.c, ext/textclean.c,
** ext/meta.c): the output shape, page facts, and bad input that must give
** sensible output in linear time without crashing or leaking. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util.h"

static char *clean(const char *s, size_t n) {
    char *out = NULL;
    size_t len = 0;
    assert_int_equal(newsext_article_clean(s, n, &out, &len), NEWSEXT_OK);
    assert_non_null(out);
    assert_int_equal(len, strlen(out));
    return out;
}

static char *meta(const char *s) {
    char *out = NULL;
    assert_int_equal(newsext_article_meta(s, strlen(s), &out, NULL), NEWSEXT_OK);
    return out;
}

static int starts_with(const char *s, const char *prefix) { return !strncmp(s, prefix, strlen(prefix)); }

/* n copies of s, NUL-terminated */
static char *repeat(const char *s, size_t n) {
    size_t k = strlen(s);
    char *r = malloc(k * n + 1);
    assert_non_null(r);
    for (size_t i = 0; i < n; i++) memcpy(r + i * k, s, k);
    r[k * n] = 0;
    return r;
}

static const char *const page =
    "<html lang=\"en\"><head><title>Mill reopens | Valley Post</title>"
    "<meta property=\"og:site_name\" content=\"Valley Post\"></head><body>"
    "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
    "<article><h1>Mill reopens</h1><p class=\"byline\">By Tom Reed</p>"
    "<p>The old paper mill on the river reopened on Friday, and a hundred people came to see the "
    "wheel turn again for the first time in forty years.</p>"
    "<figure><figcaption>The wheel on Friday. Photo: Valley Post</figcaption></figure>"
    "<h2>A long wait</h2>"
    "<p>Volunteers spent six years raising the money, and they did most of the work themselves, "
    "from the roof to the sluice gates.</p>"
    "<div class=\"share\"><a href=\"#\">Share on Facebook</a></div></article>"
    "<footer><p>Copyright 2024 Valley Post. All rights reserved.</p></footer></body></html>";

static void html_keeps_the_article_only(void **state) {
    char *out = clean(page, strlen(page));
    assert_string_equal(out,
                        "The old paper mill on the river reopened on Friday, and a hundred people came to see "
                        "the wheel turn again for the first time in forty years.\n\n"
                        "A long wait\n\n"
                        "Volunteers spent six years raising the money, and they did most of the work "
                        "themselves, from the roof to the sluice gates.");
    newsext_free(out);
}

static void html_meta_fields(void **state) {
    char *m = meta(page);
    assert_string_equal(m, "{\"title\":\"Mill reopens\",\"published\":null,\"modified\":null,"
                           "\"authors\":null,\"site\":\"Valley Post\",\"url\":null,\"lang\":\"en\","
                           "\"description\":null}");
    newsext_free(m);
    const char *ld = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                     "\"headline\":\"Caf\\u00e9 closes\",\"datePublished\":\"2023-01-02T03:04:05Z\","
                     "\"author\":{\"@type\":\"Person\",\"name\":\"Ann Lee\"},"
                     "\"publisher\":{\"name\":\"Town News\"}}</script>"
                     "<link rel=\"canonical\" href=\"https://t.example/2023/01/02/cafe\"></head>"
                     "<body><p>Text.</p></body></html>";
    m = meta(ld);
    assert_string_equal(m, "{\"title\":\"Café closes\",\"published\":\"2023-01-02T03:04:05Z\","
                           "\"modified\":null,\"authors\":[\"Ann Lee\"],\"site\":\"Town News\","
                           "\"url\":\"https://t.example/2023/01/02/cafe\",\"lang\":null,\"description\":null}");
    newsext_free(m);
    /* the URL's date path when nothing better exists */
    m = meta("<html><head><link rel=\"canonical\" href=\"https://t.example/2021/7/9/x\"></head><body></body></html>");
    assert_non_null(strstr(m, "\"published\":\"2021-07-09\""));
    newsext_free(m);
}

/* Japanese and Chinese put no spaces between words: prose is still told
** from menus by its length in characters and its sentence stops. */
static void text_without_spaces_between_words(void **state) {
    const char *text = "メニュー\nホーム\nサイトマップ\nお問い合わせ\n"
                       "昨日、川沿いの古い製紙工場が四十年ぶりに再開し、多くの人々が水車の回る様子を見に集まりました。\n"
                       "ボランティアは六年間かけて資金を集め、屋根から水門まで、ほとんどの作業を自分たちで行いました。\n"
                       "人気ランキング\n会社概要\nプライバシーポリシー\n";
    char *out = clean(text, strlen(text));
    assert_string_equal(out, "昨日、川沿いの古い製紙工場が四十年ぶりに再開し、多くの人々が水車の回る様子を見に集まりました。\n\n"
                             "ボランティアは六年間かけて資金を集め、屋根から水門まで、ほとんどの作業を自分たちで行いました。");
    newsext_free(out);
}

static void text_drops_furniture_and_headline(void **state) {
    const char *t = "Skip to content\n\n  \xE2\x80\xA2 Home\n  \xE2\x80\xA2 World\n\n"
                    "Storm Closes Mountain Pass for Second Day\n\nPublished 11 March 2022\n\n"
                    "Snow and high winds kept the mountain pass closed for a second day on Tuesday, and the "
                    "road service said it could not say when it would reopen.\n\n"
                    "Drivers were told to use the coast road, which adds about an hour to the journey "
                    "between the two valleys.\n\nRead more\n";
    char *out = clean(t, strlen(t));
    assert_string_equal(out,
                        "Snow and high winds kept the mountain pass closed for a second day on Tuesday, and "
                        "the road service said it could not say when it would reopen.\n\n"
                        "Drivers were told to use the coast road, which adds about an hour to the journey "
                        "between the two valleys.");
    newsext_free(out);
    char *m = meta(t);
    assert_string_equal(m, "{\"title\":\"Storm Closes Mountain Pass for Second Day\",\"published\":\"2022-03-11\","
                           "\"modified\":null,\"authors\":null,\"site\":null,\"url\":null,\"lang\":null,"
                           "\"description\":null}");
    newsext_free(m);
}

/* A paragraph ending in a colon announces a list: its rows stay, even when
** they look like headlines; a short closing sentence stays too. */
static void text_announced_list_and_closing_sentence(void **state) {
    const char *t = "Menu\nHome\nNews\n\n"
                    "The choir that sang in the old mill last spring will go on the road next summer, with "
                    "twelve concerts in the towns along the river and a last night at home.\n\n"
                    "The singers said they had rehearsed every week since the winter, in the school hall, "
                    "because the mill itself was still too cold to use.\n\n"
                    "The tour dates:\n"
                    "June 9 -- Town Hall, North Bridge\n"
                    "June 14 -- Corn Exchange, Low Ford\n\n"
                    "Privacy Policy\nContact\n";
    char *out = clean(t, strlen(t));
    assert_non_null(strstr(out, "The tour dates:\n\nJune 9 -- Town Hall, North Bridge\nJune 14 -- Corn Exchange, Low Ford"));
    assert_null(strstr(out, "Privacy"));
    newsext_free(out);
    const char *c = "The ferry that crosses the bay every hour will stop running in January while the old "
                    "pier is rebuilt, the harbour board said on Monday.\n\n"
                    "Passengers will be taken round the bay by bus, which adds about twenty minutes to the "
                    "journey in each direction.\n\n"
                    "Work starts in a week.\n\n"
                    "Was this article useful?\n";
    out = clean(c, strlen(c));
    assert_non_null(strstr(out, "direction.\n\nWork starts in a week."));
    assert_null(strstr(out, "useful"));
    newsext_free(out);
}

/* A "You may also like" line ends the article when teasers follow it
** (one paragraph each between pictures and share buttons), but not when it
** heads a box set inside the article and the article's prose goes on. */
static void text_box_of_other_pages(void **state) {
    const char *t = "The bakery on the corner of Mill Lane closed its doors on Saturday after ninety years, "
                    "and the last loaves were sold out before nine in the morning.\n\n"
                    "The family that ran it said the ovens were too old to repair and that none of the "
                    "grandchildren wanted to take over the early hours.\n\n"
                    "You may also like\n\n[picture]\nShare Tweet\n\n"
                    "A new footbridge over the river will open next month, the council said, two years "
                    "later than planned because of the floods in the spring.\n\n"
                    "[picture]\nShare Tweet\n\n"
                    "The summer fair returns to the park in July with a dog show, a brass band and a tug of "
                    "war between the two villages on either side of the valley.\n\n"
                    "[picture]\nShare Tweet\n";
    char *out = clean(t, strlen(t));
    assert_non_null(strstr(out, "early hours."));
    assert_null(strstr(out, "footbridge"));
    assert_null(strstr(out, "summer fair"));
    newsext_free(out);
    const char *inside = "The bakery on the corner of Mill Lane closed its doors on Saturday after ninety years, "
                         "and the last loaves were sold out before nine in the morning.\n\n"
                         "Related\n\nWhy small shops are leaving the high street\n\n"
                         "The family that ran it said the ovens were too old to repair and that none of the "
                         "grandchildren wanted to take over the early hours.\n\n"
                         "Regulars queued along the lane to say goodbye, and some of them brought old photographs "
                         "of the shop and its first owners to give to the family.\n";
    out = clean(inside, strlen(inside));
    assert_non_null(strstr(out, "early hours."));
    assert_non_null(strstr(out, "first owners to give to the family."));
    newsext_free(out);
    /* the box as one numbered list, each row a picture's caption and a
    ** headline run together: rows of one block, not paragraphs */
    const char *rows = "The bakery on the corner of Mill Lane closed its doors on Saturday after ninety years, "
                       "and the last loaves were sold out before nine in the morning.\n\n"
                       "The family that ran it said the ovens were too old to repair and that none of the "
                       "grandchildren wanted to take over the early hours.\n\n"
                       "Related\n\n"
                       " 1. A crane lifts the new footbridge into place over the river.The footbridge opens two "
                       "years late, and the council says the floods are to blame\n"
                       " 2. Dogs and their owners line up on the grass in the park.The summer fair returns in July "
                       "with a dog show and a brass band for the whole valley\n"
                       " 3. The old mill seen from the lane at dusk.Why the mill on the lane may soon become a "
                       "museum of the town and its bakers\n";
    out = clean(rows, strlen(rows));
    assert_non_null(strstr(out, "early hours."));
    assert_null(strstr(out, "footbridge"));
    assert_null(strstr(out, "summer fair"));
    newsext_free(out);
}

/* A list article whose items stand alone (a paragraph each between a
** number, a name, a credit and a repeated label) is the article, not the
** one long paragraph of a notice below the footer menu. */
static void text_list_of_lone_items(void **state) {
    static const char *const items[][2] = {
        {"Field Maple", "The field maple grows slowly into a round little tree that suits a small garden, and its "
                        "leaves turn a clear butter yellow in the autumn before they fall in one week."},
        {"Rowan", "The rowan is light and quick to grow, and the birds strip its orange berries in a few days at "
                  "the end of the summer, which is the best reason to plant one near a window."},
        {"Crab Apple", "The crab apple flowers in the spring and keeps its small red fruit well into the winter, "
                       "when they are soft enough for the blackbirds and thrushes to eat."},
        {"Hawthorn", "The hawthorn can be grown as a hedge or as a small tree, and it will stand wind, poor soil "
                     "and neglect better than almost any other tree on this list of ours."},
    };
    ne_buf listing;
    ne_buf_init(&listing);
    ne_buf_puts(&listing, "Home\nGarden\n\nFour Small Trees for a Town Garden\n\n");
    for (size_t i = 0; i < 4; i++) {
        char number[32];
        snprintf(number, sizeof number, "%zu\nof 4\n", i + 1);
        ne_buf_puts(&listing, number);
        ne_buf_puts(&listing, items[i][0]);
        ne_buf_puts(&listing, "\nPhoto by Our Staff\n\n");
        ne_buf_puts(&listing, items[i][1]);
        ne_buf_puts(&listing, "\n\nCare Tips\n\n");
    }
    /* the site's menu in the footer */
    for (size_t i = 0; i < 24; i++) ne_buf_puts(&listing, i % 2 ? "Garden Ideas\n" : "House Plants\n");
    ne_buf_puts(&listing, "\n"
                          "We and our partners store and read information on your device, such as cookies and unique "
                          "identifiers, and process personal data such as your browsing history to show you "
                          "advertising and content that suit you, to measure how well it works and to understand "
                          "our audience and improve our services, and you may object to some of this processing.\n\n"
                          "Accept All\n");
    assert_false(listing.oom);
    char *out = clean(listing.data, listing.len);
    for (size_t i = 0; i < 4; i++) assert_non_null(strstr(out, items[i][1]));
    assert_null(strstr(out, "cookies"));
    newsext_free(out);
    ne_buf_free(&listing);
}

/* "12 Comments on ..." heads the comment section however long the line
** is: the commenters' prose that follows is not the article. */
static void text_counted_comment_heading(void **state) {
    const char *t = "The old swimming pool on the hill will open again in May after three years of repairs to "
                    "its roof, its boilers and the long glass wall that faces the town.\n\n"
                    "The council said the pool would keep its old prices for the first summer, and that the "
                    "diving boards, which had been closed since the nineties, would stay closed.\n\n"
                    "12 Comments on \xE2\x80\x9CThe Old Pool Opens Again\xE2\x80\x9D\n\n"
                    "Anna\nMay 2, 2024, 9:46 pm\n\n"
                    "I learned to swim in that pool when I was six, and I am very glad that my own children "
                    "will be able to do the same there this summer, whatever the council says about prices.\n\n"
                    "Tom\nMay 2, 2024, 10:02 pm\n\n"
                    "It is a shame about the diving boards, which were the best thing about the place when we "
                    "were young, and I do not see why they could not have been repaired with the rest.\n";
    char *out = clean(t, strlen(t));
    assert_non_null(strstr(out, "would stay closed."));
    assert_null(strstr(out, "learned to swim"));
    assert_null(strstr(out, "shame"));
    newsext_free(out);
}

/* A comment thread without a label we know: each comment ends with its
** "Reply" button, and one comment is longer than the article. The article
** above the thread is the body; the comments go. */
static void text_comment_thread_with_reply_buttons(void **state) {
    const char *t = "The ferry to the island will run twice a day this winter instead of once, the shipping "
                    "company said on Monday, because more people now live on the island all year round.\n\n"
                    "The early boat leaves at seven and the late one at five, so that children can get to the "
                    "school on the mainland and back home again before dark.\n\n"
                    "Mary Long\n3 days ago\n"
                    "My son took the late boat every day last winter and it was always full, so this is good "
                    "news for him and for all the other children who go to the school on the mainland, and I "
                    "hope the company keeps the second boat in the spring as well, when the weather is still "
                    "rough and the roads on the island are closed for repairs, as they were last year for six "
                    "long weeks, which made the trip to the pier take twice as long as it should have done.\n"
                    "Reply\n\n"
                    "Peter Hill\nReply to Mary Long\n2 days ago\n"
                    "The company said the same thing two years ago and then cut the boat after a month, "
                    "because too few people were on it in the dark evenings of December.\n"
                    "Reply\n";
    char *out = clean(t, strlen(t));
    assert_non_null(strstr(out, "The ferry to the island"));
    assert_non_null(strstr(out, "before dark."));
    assert_null(strstr(out, "My son"));
    assert_null(strstr(out, "two years ago"));
    newsext_free(out);
}

/* A comment heading with its count after the label ("Comments 2") ends
** the article like one with the count in front. */
static void text_comment_heading_count_after(void **state) {
    const char *t = "The old swimming pool on the hill will open again in May after three years of repairs to "
                    "its roof, its boilers and the long glass wall that faces the town.\n\n"
                    "The council said the pool would keep its old prices for the first summer, and that the "
                    "diving boards, which had been closed since the nineties, would stay closed.\n\n"
                    "Comments 2\n\n"
                    "I learned to swim in that pool when I was six, and I am very glad that my own children "
                    "will be able to do the same there this summer, whatever the council says about prices.\n\n"
                    "It is a shame about the diving boards, which were the best thing about the place when we "
                    "were young, and I do not see why they could not have been repaired with the rest.\n";
    char *out = clean(t, strlen(t));
    assert_non_null(strstr(out, "would stay closed."));
    assert_null(strstr(out, "learned to swim"));
    assert_null(strstr(out, "shame"));
    newsext_free(out);
}

/* A Title Case line between paragraphs is a subheading and stays; one
** that opens with a label ("Related: ..."), is printed twice over, or runs
** past nine words is the headline of another article and goes. */
static void text_subheadings_and_teaser_headlines(void **state) {
    const char *t = "New Bridge Opens After Six Years of Work\n\n"
                    "The new bridge over the river opened on Monday, six years after the first plans were drawn "
                    "and two years later than the city had promised when work began.\n\n"
                    "How the Bridge Was Built Over Six Years\n\n"
                    "The steel came by barge from the coast, and the two halves of the deck were pushed out from "
                    "each bank until they met in the middle of the river last spring.\n\n"
                    "Related: Ferry Timetable Changes for the Summer Season\n\n"
                    "About forty thousand cars a day are expected to cross it, the city said, which should take "
                    "much of the traffic off the old bridge in the centre of town.\n\n"
                    "Harbour Cranes Return to Work After StrikeHarbour Cranes Return to Work After Strike\n\n"
                    "Buses will use the new bridge from next month, once the stops at both ends are finished and "
                    "the timetables have been changed to the new route.\n\n"
                    "Council Votes to Keep the Old Library Open on Sundays Through the Whole of Next Year\n\n"
                    "Cyclists get a lane of their own on the south side, separated from the cars by a low wall, "
                    "and walkers have a path on the north side with a view of the harbour.\n";
    char *out = clean(t, strlen(t));
    assert_non_null(strstr(out, "How the Bridge Was Built Over Six Years"));
    assert_null(strstr(out, "Ferry Timetable"));
    assert_null(strstr(out, "Harbour Cranes"));
    assert_null(strstr(out, "Old Library"));
    assert_non_null(strstr(out, "view of the harbour."));
    newsext_free(out);
}

/* Long names in Title Case are no teaser headlines when they are the rows
** of a list (bulleted, or one under the other without prose beside them):
** a list of courses or of products inside the article stays. */
static void text_long_title_case_rows_of_a_list(void **state) {
    const char *t = "Free Courses for the Winter Evenings\n\n"
                    "The city library has put together a list of free courses that anyone with a library card "
                    "can follow from home this winter, with a certificate at the end of each one.\n\n"
                    "  \xE2\x80\xA2 Introduction to Bookkeeping for Small Shops and Market Stalls in the City\n"
                    "  \xE2\x80\xA2 Gardening on Balconies and Roofs With Little Water and No Soil at All\n"
                    "  \xE2\x80\xA2 Writing Letters to the Council That Get an Answer Within a Month\n\n"
                    "Each course takes about six weeks, and the library staff will help anyone who has trouble "
                    "signing up on the website or finding the lessons once they have started.\n\n"
                    "Read the History of the Harbour Cranes and Why They Stood Still for a Month\n\n"
                    "The list will grow in the spring, when the library adds courses on cooking and on the "
                    "history of the old town, the head librarian said on Tuesday.\n";
    char *out = clean(t, strlen(t));
    assert_non_null(strstr(out, "Introduction to Bookkeeping for Small Shops"));
    assert_non_null(strstr(out, "Writing Letters to the Council"));
    assert_null(strstr(out, "Harbour Cranes"));
    assert_non_null(strstr(out, "the head librarian said on Tuesday."));
    newsext_free(out);
}

/* A review whose items each carry the same short subheadings: a line
** printed again and again, each time between paragraphs of prose, is the
** article's own heading and stays; the menu printed at the top and at the
** foot of the page still goes. */
static void text_recurring_subheadings(void **state) {
    const char *t = "Shop by room\nGarden tools and sheds\n\n"
                    "Three Wheelbarrows Tested\n\n"
                    "We pushed three wheelbarrows up and down a muddy allotment for a month, loaded with soil, "
                    "stones and firewood, to see which of them is worth the money.\n\n"
                    "The steel one\n\n"
                    "The steel barrow is the heaviest of the three, but it never tipped over on the slope, and "
                    "its tray took the weight of the wet soil without bending at all.\n\n"
                    "Who it is for\n\n"
                    "It suits anyone with a large garden and heavy loads, who does not mind lifting a few more "
                    "kilos every time the barrow has to go up a step.\n\n"
                    "The plastic one\n\n"
                    "The plastic barrow is light enough to hang on a hook in the shed, and its tray does not rust "
                    "when it is left out in the rain over the winter.\n\n"
                    "Who it is for\n\n"
                    "It is the one for a small garden, where the loads are leaves and weeds and the path to the "
                    "compost heap is short and flat.\n\n"
                    "Shop by room\nGarden tools and sheds\n";
    char *out = clean(t, strlen(t));
    char *first = strstr(out, "Who it is for");
    assert_non_null(first);
    assert_non_null(strstr(first + 1, "Who it is for"));
    assert_null(strstr(out, "Shop by room"));
    assert_null(strstr(out, "Garden tools and sheds"));
    assert_non_null(strstr(out, "short and flat."));
    newsext_free(out);
}

/* The descriptions of the pictures of a recipe, each a paragraph of its
** own in small letters without a full stop, are left out; the steps stay,
** and so do a command with a path on its own line and a row opening with
** a letter and a bracket. */
static void text_picture_descriptions(void **state) {
    const char *t = "Rye Bread in Two Days\n\n"
                    "Mix the flour, the water and the starter in a large bowl, cover it and leave it on the "
                    "kitchen table overnight, where it will slowly rise.\n\n"
                    "rye dough resting under a cloth on the kitchen table\n\n"
                    "In the morning, shape the dough into a round loaf, dust it with flour and put it into a "
                    "basket lined with a cloth for its second rise.\n\n"
                    "shaping the round loaf with floured hands\n\n"
                    "Bake it for fifty minutes in a hot oven, in a closed pot for the first half, so that the "
                    "crust stays thin and the crumb stays moist.\n\n"
                    "sudo cp oven-timer /usr/local/bin\n\n"
                    "b) the bakers who answered our survey\n\n"
                    "Let the loaf cool for at least an hour before you cut it, or the crumb will be sticky and "
                    "the slices will tear under the knife.\n";
    char *out = clean(t, strlen(t));
    assert_null(strstr(out, "rye dough resting"));
    assert_null(strstr(out, "shaping the round loaf"));
    assert_non_null(strstr(out, "In the morning, shape the dough"));
    assert_non_null(strstr(out, "sudo cp oven-timer /usr/local/bin"));
    assert_non_null(strstr(out, "b) the bakers"));
    assert_non_null(strstr(out, "the slices will tear under the knife."));
    newsext_free(out);
}

/* What follows an article, said in words: a feedback question and its
** buttons, the author's box, a box of other pages ("Read next"); the
** article ends before them, and the prose in the boxes stays out. */
static void text_feedback_author_box_and_read_next(void **state) {
    const char *t = "Night Buses Return to the Old Town\n\n"
                    "Night buses will run through the old town again from the first of June, the transport board "
                    "said on Wednesday, after two years in which the narrow streets were closed to them.\n\n"
                    "The buses will be smaller than before and will run every half hour between midnight and five "
                    "in the morning, stopping at the square and at the station.\n\n"
                    "Was this article helpful?\n\n"
                    "Yes\nNo\n\n"
                    "About the author\n\n"
                    "Mara Lind has written about the trams, trains and buses of the city for twelve years, and she "
                    "still takes the night bus home.\n\n"
                    "Read next\n\n"
                    "The ferry timetable for the summer is out, and the first boat will leave half an hour earlier "
                    "than it did last year.\n";
    char *out = clean(t, strlen(t));
    assert_non_null(strstr(out, "stopping at the square and at the station."));
    assert_null(strstr(out, "helpful"));
    assert_null(strstr(out, "Mara Lind"));
    assert_null(strstr(out, "ferry timetable"));
    newsext_free(out);
}

/* The same, with subheadings in Title Case above lists of pros, and a
** table of contents on top whose entries are the subheadings below: each
** copy sits between prose and list rows, so all of them stay. */
static void text_recurring_subheadings_above_lists(void **state) {
    const char *t = "Two Kettles Tested\n\n"
                    "We boiled water in two kettles every morning for a month, to see which of them is quicker, "
                    "quieter and easier to keep clean.\n\n"
                    "  \xE2\x80\xA2 The Steel Kettle Tested\n"
                    "  \xE2\x80\xA2 The Glass Kettle Tested\n\n"
                    "Both were bought in a shop in town, at the full price, and neither maker knew that we were "
                    "testing their kettle.\n\n"
                    "The Steel Kettle Tested\n\n"
                    "The steel kettle boils a litre in under three minutes, and its handle stays cool even when the "
                    "water has just come to the boil.\n\n"
                    "What We Like\n"
                    "  \xE2\x80\xA2 It is quick\n"
                    "  \xE2\x80\xA2 It is quiet\n\n"
                    "The Glass Kettle Tested\n\n"
                    "The glass kettle is slower and louder, but you can see the water boil, and the scale is easy to "
                    "spot and to wash off with a little vinegar.\n\n"
                    "Its lid opens wide, so that filling it under a low tap is easy, and the base has a long cord "
                    "that reaches the socket behind the bread bin.\n\n"
                    "What We Like\n"
                    "  \xE2\x80\xA2 You see the water\n"
                    "  \xE2\x80\xA2 It is easy to clean\n\n"
                    "Both kettles are good value, and the choice comes down to whether you would rather have speed "
                    "and quiet or a kettle that shows you what it is doing.\n";
    char *out = clean(t, strlen(t));
    char *first = strstr(out, "What We Like");
    assert_non_null(first);
    assert_non_null(strstr(first + 1, "What We Like"));
    first = strstr(out, "The Glass Kettle Tested");
    assert_non_null(first);
    assert_non_null(strstr(first + 1, "The Glass Kettle Tested"));
    assert_non_null(strstr(out, "what it is doing."));
    newsext_free(out);
}

/* A guide whose prose is split by long blocks of settings: each block is
** announced by a sentence ending in a colon, and the article goes on after
** them, so the body reaches its last paragraphs. */
static void text_sentences_announcing_code(void **state) {
    ne_buf page_text;
    ne_buf_init(&page_text);
    ne_buf_puts(&page_text,
                "The harbour office has put its tide tables online, and anyone who runs a small boat club can "
                "now show them on a screen in the club house with a few minutes of work and no special skills, "
                "the office said on Monday, after a year of trials at three clubs on the north shore.\n\n"
                "The tables are updated every night from the office's own gauges, so they are more accurate "
                "than the printed booklets that most clubs have relied on for years, and they also show the "
                "height of the water at the two bars, which the booklets never did.\n\n");
    for (int block = 0; block < 2; block++) {
        ne_buf_puts(&page_text, block ? "Then add these lines to the start script:\n\n"
                                      : "Add these lines to the settings file:\n\n");
        for (int row = 0; row < 12; row++) {
            char line[40];
            snprintf(line, sizeof line, "port%d = %d\n\n", row, 8000 + row);
            ne_buf_puts(&page_text, line);
        }
    }
    ne_buf_puts(&page_text,
                "When the screen starts up it shows the tides for the whole week, with the high and low waters "
                "of each day marked in large print and in colour, so they can be read from the door.\n\n"
                "The office says that more than forty clubs have already set up a screen, and that it will help "
                "any club that gets stuck, free of charge.\n\n"
                "The sailing instructors asked for the times of sunrise and sunset as well, and those are at "
                "the bottom of the screen, below the tides, in smaller print.\n\n"
                "Privacy\nContact\n");
    assert_false(page_text.oom);
    char *out = clean(page_text.data, page_text.len);
    assert_non_null(strstr(out, "The harbour office"));
    assert_non_null(strstr(out, "below the tides, in smaller print."));
    assert_null(strstr(out, "Privacy"));
    newsext_free(out);
    ne_buf_free(&page_text);
}

/* A review of several products: each has a heading, lists of features
** and of pros and cons written as text ("Storage: ..."; sentences), and
** one short paragraph. The growth takes such lists as the article's text,
** so the body reaches the last product and the closing paragraphs; the
** menu rows after them stay out. */
static void text_review_with_lists_of_text_rows(void **state) {
    ne_buf page_text;
    ne_buf_init(&page_text);
    ne_buf_puts(&page_text,
                "Home\nReviews\nGuides\n\n"
                "We tried six garden sheds over one wet winter, and put each of them through the same tests of "
                "wind, rain and the weight of snow on the roof, to find out which of them is worth the money.\n\n"
                "The sheds differ in wood, in size and in the work it takes to put them up, so we have set out "
                "what we liked and what we did not, with the kind of garden each of them suits best.\n\n"
                "Every shed was bought at the full price from the maker's own shop, and none of the makers knew "
                "that we were testing it, so what we got is what any buyer would get.\n\n");
    static const char *const sheds[] = {"Larch Cabin", "Pine Store", "Cedar Hut", "Oak Barn", "Fir Lodge", "Elm Room"};
    for (int shed = 0; shed < 6; shed++) {
        char line[200];
        snprintf(line, sizeof line, "#%d. %s\n\nFeatures\n\n", shed + 1, sheds[shed]);
        ne_buf_puts(&page_text, line);
        snprintf(line, sizeof line,
                 "  \xE2\x80\xA2 Floor: treated boards on a frame of %d bearers\n"
                 "  \xE2\x80\xA2 Roof: felt on boards with a gutter of %d metres\n"
                 "  \xE2\x80\xA2 Door: double doors with a lock and %d keys\n\n", shed + 4, shed + 2, shed + 1);
        ne_buf_puts(&page_text, line);
        snprintf(line, sizeof line,
                 "Pros\n\n"
                 "  \xE2\x80\xA2 The %s stayed dry through the whole winter.\n"
                 "  \xE2\x80\xA2 Two people can put it up in %d hours.\n\n", sheds[shed], shed + 5);
        ne_buf_puts(&page_text, line);
        snprintf(line, sizeof line,
                 "Cons\n\n"
                 "  \xE2\x80\xA2 The windows are too small for a workshop of %d benches.\n\n"
                 "Best fit\n\n", shed + 1);
        ne_buf_puts(&page_text, line);
        snprintf(line, sizeof line,
                 "The %s suits a small garden with tools and bicycles.\n\n", sheds[shed]);
        ne_buf_puts(&page_text, line);
    }
    ne_buf_puts(&page_text,
                "#Which shed to buy\n\n"
                "All six sheds kept the rain out, but only two of them came through the storm in February "
                "without a loose board, and those two are the ones we would buy with our own money.\n\n"
                "If your garden is small, the cheaper of the two will do; if you want to work in the shed, "
                "spend more and get the one with the larger windows and the stronger floor.\n\n"
                "  \xE2\x80\xA2 About us\n  \xE2\x80\xA2 Contact\n  \xE2\x80\xA2 Privacy\n");
    assert_false(page_text.oom);
    char *out = clean(page_text.data, page_text.len);
    assert_non_null(strstr(out, "We tried six garden sheds"));
    assert_non_null(strstr(out, "The Elm Room suits a small garden"));
    assert_non_null(strstr(out, "the larger windows and the stronger floor."));
    assert_non_null(strstr(out, "Roof: felt on boards with a gutter of 7 metres"));
    assert_null(strstr(out, "Privacy"));
    assert_null(strstr(out, "Guides"));
    newsext_free(out);
    ne_buf_free(&page_text);
}

/* A price list of sixty rows between the article's opening and its
** closing paragraphs, with no furniture in it (a price may repeat): the
** body runs on through it to the closing paragraphs; the menu above and
** the footer below stay out. */
static void text_long_price_list_inside_the_article(void **state) {
    ne_buf page_text;
    ne_buf_init(&page_text);
    ne_buf_puts(&page_text,
                "Home\nServices\nContact us\n\n"
                "The prices below are what our carpenters charge for the common jobs in a house, so that you "
                "know before you call us what a repair is likely to cost, and can plan the work you need.\n\n"
                "Every price includes the visit, the materials of a standard quality and the clearing up "
                "afterwards; a job of an unusual size or in an awkward place may cost more than the list says.\n\n");
    for (int job = 0; job < 30; job++) {
        char line[120];
        snprintf(line, sizeof line, "Hang door number %d\n$%d\n\n", job + 1, 100 + 10 * (job % 5));
        ne_buf_puts(&page_text, line);
    }
    ne_buf_puts(&page_text,
                "All our carpenters have worked in the trade for at least ten years, and every one of them has "
                "been trained to work safely in homes where children and older people live.\n\n"
                "If the job turns out to be larger than we thought when we came to look at it, we tell you "
                "before we start, and you can decide then whether you want us to go on with it.\n\n"
                "Privacy\nTerms\n");
    assert_false(page_text.oom);
    char *out = clean(page_text.data, page_text.len);
    assert_non_null(strstr(out, "The prices below are what our carpenters charge"));
    assert_non_null(strstr(out, "Hang door number 17"));
    assert_non_null(strstr(out, "whether you want us to go on with it."));
    assert_null(strstr(out, "Contact us"));
    assert_null(strstr(out, "Privacy"));
    newsext_free(out);
    ne_buf_free(&page_text);
}

/* A packing list of fifty rows between two parts of the article, under a
** picture's placeholder and with a row that is also a label word
** ("Watch"): the list is still the article's, and the body runs on through
** it to the closing paragraphs. */
static void text_packing_list_with_picture_and_label_row(void **state) {
    ne_buf page_text;
    ne_buf_init(&page_text);
    ne_buf_puts(&page_text,
                "Home\nTrips\n\n"
                "A weekend in the hills needs less than most people carry, and the list below is what we take "
                "ourselves after many years of walking the ridges in every kind of weather.\n\n"
                "Tick the rows off the night before you leave, and leave out whatever the forecast makes "
                "useless; a lighter pack is worth more than any single thing on the list.\n\n"
                "[packing-photo]\n\n");
    for (int row = 0; row < 50; row++) {
        char line[64];
        if (row == 20) snprintf(line, sizeof line, "  \xE2\x80\xA2 Watch\n");
        else snprintf(line, sizeof line, "  \xE2\x80\xA2 Tent peg %d\n", row + 1);
        ne_buf_puts(&page_text, line);
    }
    ne_buf_puts(&page_text,
                "\nPack the heavy things close to your back and the things you need during the day at the top, "
                "so that you never have to empty the whole bag on a wet path to find them.\n\n"
                "When you come home, dry the tent and the sleeping bag at once, and write down what you did not "
                "use, so that the next list is shorter than this one.\n\n"
                "Privacy\nTerms\n");
    assert_false(page_text.oom);
    char *out = clean(page_text.data, page_text.len);
    assert_non_null(strstr(out, "A weekend in the hills"));
    assert_non_null(strstr(out, "Tent peg 40"));
    assert_non_null(strstr(out, "the next list is shorter than this one."));
    assert_null(strstr(out, "Privacy"));
    newsext_free(out);
    ne_buf_free(&page_text);
}

/* A teaser's excerpt printed twice over on one line (a card's text and
** its link run together) is furniture, however much it reads like prose. */
static void text_excerpt_printed_twice(void **state) {
    const char *t = "The night ferry to the islands will stop running at the end of October, the shipping company "
                    "said on Thursday, because too few people use it in the winter months.\n\n"
                    "The company will keep the two day boats, and says the night ferry will come back in April "
                    "if the bookings for the summer are as good as they were this year.\n\n"
                    "The harbour cranes stood still for a month during the strike, and now they are moving again "
                    "at last.The harbour cranes stood still for a month during the strike, and now they are moving "
                    "again at last.\n\n"
                    "Privacy\nContact\n";
    char *out = clean(t, strlen(t));
    assert_non_null(strstr(out, "The night ferry"));
    assert_non_null(strstr(out, "as good as they were this year."));
    assert_null(strstr(out, "cranes"));
    newsext_free(out);
}

/* Teasers of other articles below the article, each with its title, its
** author, a date-only line and one paragraph: the article's running prose
** dominates, and the teasers go. */
static void text_dated_teasers_after_the_article(void **state) {
    const char *t = "The harbour wall that was damaged in the January storms will be rebuilt in stone rather "
                    "than concrete, the port authority said on Tuesday after a year of talks with the town.\n\n"
                    "The work will close the north quay for most of the summer, and the fishing boats that use "
                    "it will moor at the old ferry pier until the wall is finished in the autumn.\n\n"
                    "The authority said the stone would come from the same quarry as the original wall, which "
                    "was built in the eighteen-forties and had stood without repair for almost a century.\n\n"
                    "Share this article\n\n"
                    "A new bus route links the villages on the east shore\nJane Harper\n"
                    "Tuesday November 19, 2019\n"
                    "The council has added a bus that runs every two hours between the villages on the east "
                    "shore of the lake, after a campaign by parents whose children had to walk to the school "
                    "on the main road every day in all weathers.\n\n"
                    "The library will open on Sundays from next month\nTom Baker\n"
                    "Monday November 18, 2019\n"
                    "The town library will open on Sunday afternoons from next month, the first time in its "
                    "history, because volunteers from the reading group have offered to help the staff keep "
                    "the doors open from noon until five every week.\n";
    char *out = clean(t, strlen(t));
    assert_non_null(strstr(out, "The harbour wall"));
    assert_non_null(strstr(out, "almost a century."));
    assert_null(strstr(out, "bus"));
    assert_null(strstr(out, "library"));
    newsext_free(out);
}

/* Appends s to b wrapped at width columns, as text browsers dump it. */
static void append_wrapped(ne_buf *b, const char *s, size_t width) {
    size_t column = 0;
    while (*s) {
        size_t word = strcspn(s, " ");
        if (column && column + 1 + word > width) { ne_buf_putc(b, '\n'); column = 0; }
        else if (column) { ne_buf_putc(b, ' '); column++; }
        ne_buf_append(b, s, word);
        column += word;
        s += word;
        while (*s == ' ') s++;
    }
    ne_buf_puts(b, "\n\n");
}

/* A page wrapped at a fixed width: each paragraph is a run of short lines,
** none of them prose alone; they are joined back into paragraphs. */
static void text_wrapped_at_fixed_width(void **state) {
    static const char *const paragraphs[] = {
        "The river that runs through the middle of the town flooded the market square twice this winter, "
        "and the traders who set up their stalls there every Saturday morning have asked the council to "
        "move the market to the car park on the hill until the new flood wall is finished next year.",
        "The council said it would look at the request at its next meeting, but warned that the car park "
        "was already full on most Saturdays and that moving the market there would mean closing it to "
        "shoppers who came from the villages by car, which many of the traders did not want either.",
        "A meeting between the traders and the council has been set for the first week of March, in the "
        "hall of the old school, and anyone who uses the market is welcome to come and say what they think "
        "of the plan before the council makes up its mind about where the stalls should go this spring.",
    };
    ne_buf page_text;
    ne_buf_init(&page_text);
    ne_buf_puts(&page_text, "Home\nNews\nSport\n\n");
    for (size_t i = 0; i < 3; i++) append_wrapped(&page_text, paragraphs[i], 60);
    ne_buf_puts(&page_text, "Contact us\nPrivacy\n");
    assert_false(page_text.oom);
    char *out = clean(page_text.data, page_text.len);
    char expected[2048];
    snprintf(expected, sizeof expected, "%s\n\n%s\n\n%s", paragraphs[0], paragraphs[1], paragraphs[2]);
    assert_string_equal(out, expected);
    newsext_free(out);
    ne_buf_free(&page_text);
}

/* A lede crowded with names is not prose by the stop-word test, but right
** before the first paragraph it opens the body. */
static void text_lede_full_of_names(void **state) {
    const char *t = "Home\nNews\n\nHarbour Board Names New Chief\n\n"
                    "PORT ELLEN, Islay (Reuters) -- Islay Harbour Board Chairman Angus MacLeod named Mairi "
                    "Campbell Chief Executive on Friday.\n\n"
                    "She will take up the post in the spring, when the present chief retires after twenty years "
                    "in charge of the harbour and of the ferry that runs from it to the mainland.\n\n"
                    "The board said she had run the ferry company for the last six years and knew the harbour "
                    "and the people who work there better than anyone else it had spoken to.\n";
    char *out = clean(t, strlen(t));
    assert_non_null(strstr(out, "PORT ELLEN"));
    assert_null(strstr(out, "Names New Chief"));
    newsext_free(out);
}

/* The edge rule drops short blocks after the last paragraph, but not a
** short closing sentence in the same container. */
static void html_keeps_closing_sentence(void **state) {
    const char *h = "<html><body><nav><a href=\"/\">Home</a></nav><article>"
                    "<p>The ferry that crosses the bay every hour will stop running in January while the old "
                    "pier is rebuilt, the harbour board said on Monday.</p>"
                    "<p>Passengers will be taken round the bay by bus, which adds about twenty minutes to the "
                    "journey in each direction.</p><p>Work starts in a week.</p>"
                    "<div><a href=\"/s\">Share</a></div></article></body></html>";
    char *out = clean(h, strlen(h));
    assert_non_null(strstr(out, "direction.\n\nWork starts in a week."));
    assert_null(strstr(out, "Share"));
    newsext_free(out);
}

/* A page rendered on the client: the body shows "Loading", the JSON-LD
** (inside @graph, its type in an array) holds the article. Its escapes
** decode: \n splits paragraphs, \" \\ \u2014 and a surrogate pair are
** characters, a lone surrogate is U+FFFD, a short \u is dropped and an
** unknown escape stands for its character. */
static const char *const ld_sentences =
    "The council voted on Tuesday to keep the night bus running through the winter, after a petition "
    "signed by four thousand riders.";

static void html_jsonld_article_body(void **state) {
    const char *h =
        "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebPage\",\"name\":\"Night bus\"},{\"@type\":[\"ReportageNewsArticle\"],\"headline\":\"Night bus\","
        "\"articleBody\":\"The council voted on Tuesday to keep the night bus running through the winter, after a "
        "petition signed by four thousand riders.\\nThe service costs \\\"less than a streetlight\\\", one member "
        "said \\u2014 a claim the treasurer disputed.\\n\\n\\r\\nDrivers will get a heated shelter at the depot "
        "\\ud83d\\ude8c, and the timetable stays as it is. Odd bytes: \\ud800 lone, \\u12 short, \\q plain, "
        "\\\\ slash. The vote was nine to three, and the mayor said the bus would be reviewed in spring.\"}]}"
        "</script></head><body><div id=\"app\"><p>Loading</p></div></body></html>";
    char *out = clean(h, strlen(h));
    assert_string_equal(out,
                        "The council voted on Tuesday to keep the night bus running through the winter, after a "
                        "petition signed by four thousand riders.\n\n"
                        "The service costs \"less than a streetlight\", one member said \xE2\x80\x94 a claim the "
                        "treasurer disputed.\n\n"
                        "Drivers will get a heated shelter at the depot \xF0\x9F\x9A\x8C, and the timetable stays as "
                        "it is. Odd bytes: \xEF\xBF\xBD lone, 12 short, q plain, \\ slash. The vote was nine to "
                        "three, and the mayor said the bus would be reviewed in spring.");
    newsext_free(out);
}

/* A page of JSON-LD of that @type with that articleBody and a DOM of
** "Loading" only: the body is not used, so word is not in the output. */
static void expect_ld_body_unused(const char *type, const char *body, const char *word) {
    char ld_page[4096];
    snprintf(ld_page, sizeof ld_page,
             "<html><head><script type=\"application/ld+json\">{\"@type\":\"%s\",\"articleBody\":\"%s\"}"
             "</script></head><body><p>Loading</p></body></html>", type, body);
    char *out = clean(ld_page, strlen(ld_page));
    assert_null(strstr(out, word));
    newsext_free(out);
}

/* The body of a page whose DOM already holds the article, of a page typed
** as something else than an article, a teaser too short to be the article,
** and words without sentences are all left alone. */
static void html_jsonld_article_body_not_used(void **state) {
    char fmt_page[4096], body[2048];
    snprintf(body, sizeof body, "%s %s %s %s", ld_sentences, ld_sentences, ld_sentences, ld_sentences);
    const char *dom = "<article><p>The council voted on Tuesday to keep the night bus running through the winter, "
                      "after a petition signed by four thousand riders, and drivers will get a heated shelter at "
                      "the depot.</p><p>The vote was nine to three, and the mayor said the service would be "
                      "reviewed in the spring, when the new budget is drawn up.</p></article>";
    /* the DOM kept more than half of the body, whose opening it shows */
    snprintf(fmt_page, sizeof fmt_page,
             "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"%s\"}"
             "</script></head><body>%s</body></html>", body, dom);
    char *out = clean(fmt_page, strlen(fmt_page));
    assert_non_null(strstr(out, "reviewed in the spring, when"));
    assert_null(strstr(out, "riders. The council"));
    newsext_free(out);
    /* typed as a web page, not an article */
    expect_ld_body_unused("WebPage", body, "council");
    /* a teaser */
    expect_ld_body_unused("Article", ld_sentences, "council");
    /* a list of keywords */
    char *tags = repeat("night bus, winter, council vote, petition, riders, depot, ", 12);
    expect_ld_body_unused("Article", tags, "petition");
    free(tags);
}

/* An articleBody of HTML is read as HTML (references decoded, one
** paragraph a block or line); JSON cut short still gives its body; broken and huge
** JSON-LD neither crashes nor takes long. */
static void html_jsonld_article_body_markup_and_malformed(void **state) {
    char page_html[4096];
    snprintf(page_html, sizeof page_html,
             "<html><head><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"articleBody\":"
             "\"<p>Fish &amp; chips first.<\\/p><p>%s %s %s<\\/p>\"}</script></head><body>Loading</body></html>",
             ld_sentences, ld_sentences, ld_sentences);
    char *out = clean(page_html, strlen(page_html));
    assert_true(starts_with(out, "Fish & chips first.\n\nThe council voted"));
    newsext_free(out);
    /* references without tags, lines kept as paragraphs, a script dropped */
    snprintf(page_html, sizeof page_html,
             "<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\",\"articleBody\":"
             "\"It&#8217;s late.\\n%s %s\\n\\n%s %s<script>x()<\\/script>\"}</script></head><body>Loading</body></html>",
             ld_sentences, ld_sentences, ld_sentences, ld_sentences);
    out = clean(page_html, strlen(page_html));
    assert_true(starts_with(out, "It\xE2\x80\x99s late.\n\nThe council voted"));
    assert_non_null(strstr(out, "riders.\n\nThe council voted"));
    assert_null(strstr(out, "x()"));
    newsext_free(out);
    snprintf(page_html, sizeof page_html,
             "<html><head><script type=\"application/ld+json\">[{\"@type\":\"Article\",\"articleBody\":\"%s %s %s %s\\u"
             "</script></head><body><p>Loading</p></body></html>",
             ld_sentences, ld_sentences, ld_sentences, ld_sentences);
    out = clean(page_html, strlen(page_html));
    assert_true(starts_with(out, "The council voted"));
    newsext_free(out);
    /* brackets nested past the reader's depth, then megabytes of escapes
    ** and quotes in an article body that never closes */
    char *open = repeat("{\"a\":[", 5000);
    char *escapes = repeat("\\u12\\ud800\\\\\\\"\\n\\x", 200000);
    size_t n = strlen(open) + strlen(escapes) + 256;
    char *h = malloc(n);
    snprintf(h, n, "<html><head><script type=\"application/ld+json\">%s{\"@type\":\"Article\",\"articleBody\":\"%s"
             "</script></head><body><p>Loading</p></body></html>", open, escapes);
    clock_t t0 = clock();
    out = clean(h, strlen(h));
    assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 20);
    newsext_free(out);
    snprintf(h, n, "<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\",\"articleBody\":\"%s"
             "</script></head><body><p>Loading</p></body></html>", escapes);
    out = clean(h, strlen(h));
    newsext_free(out);
    free(h);
    free(escapes);
    free(open);
}

/* Fine print after the article (a disclosure, a licence, a risk notice)
** goes with what follows it; the same words inside the article stay. */
static void html_legal_notes_end_the_article(void **state) {
    const char *h =
        "<html><body><article><p>The orchard on the hill gave its first crop of pears this autumn, ten years after "
        "the village planted it on land nobody wanted.</p>"
        "<p>Volunteers picked for three weekends, and the juice went to the school, which had asked for copyright "
        "advice on a label of its own.</p>"
        "<p>Next year the group hopes to plant plums along the lane, if the council agrees to lend the ground.</p>"
        "<p>The plums would be ready in five years, the group's treasurer said, and the pears will pay for them.</p>"
        "<p>A cider press, bought second hand from a farm in the valley, will stand in the old barn.</p>"
        "<p>This post may contain affiliate links, and we may earn a small commission when you buy through them.</p>"
        "<p>Thanks for reading, and see you in the spring.</p></article></body></html>";
    char *out = clean(h, strlen(h));
    assert_non_null(strstr(out, "copyright advice"));
    assert_non_null(strstr(out, "lend the ground."));
    assert_null(strstr(out, "affiliate"));
    assert_null(strstr(out, "see you in the spring"));
    newsext_free(out);
    /* a page that is mostly fine print keeps it all */
    const char *fine =
        "<html><body><article><p>The fund has grown every year since it opened, its managers said on Monday in "
        "their letter to the members.</p>"
        "<p>Past performance is no guarantee of future results, and the value of units can fall as well as rise.</p>"
        "<p>The letter does not constitute an offer, and members should read the full prospectus first.</p>"
        "</article></body></html>";
    out = clean(fine, strlen(fine));
    assert_non_null(strstr(out, "full prospectus"));
    newsext_free(out);
}

/* A control character before a combining mark in a title: its JSON
** escape must not end in a letter NFC composes with the mark. */
static void meta_control_character_before_combining_mark(void **state) {
    const char *h = "<html><head><meta property=\"og:title\" content=\"Tide\x1e\xCC\x80 tables\"></head>"
                    "<body><p>The tide tables for the harbour are printed every Monday.</p></body></html>";
    char *m = meta(h);
    assert_non_null(strstr(m, "\"title\":\"Tide \xCC\x80 tables\""));
    newsext_free(m);
}

static void whitespace_and_nfc(void **state) {
    /* no-break spaces collapse; e + combining acute composes */
    const char *t = "A caf\x65\xCC\x81 on the\xC2\xA0\xC2\xA0square has served the same soup, and the "
                    "same bread, to the town for fifty years.";
    char *out = clean(t, strlen(t));
    assert_string_equal(out, "A caf\xC3\xA9 on the square has served the same soup, and the same bread, "
                             "to the town for fifty years.");
    newsext_free(out);
}

static void empty_and_invalid(void **state) {
    char *out = clean("", 0);
    assert_string_equal(out, "");
    newsext_free(out);
    out = (char *)1;
    assert_int_equal(newsext_article_clean("a\xFF", 2, &out, NULL), NEWSEXT_INVALID);
    assert_null(out);
    char *m = meta("");
    assert_non_null(strstr(m, "\"title\":null"));
    newsext_free(m);
}

static void one_line_and_no_breaks(void **state) {
    char *out = clean("Just one short line", 19);
    assert_string_equal(out, "Just one short line");
    newsext_free(out);
    /* 300 KB of prose without a single line break */
    char *big = repeat("The council met again on Monday and agreed, after a long debate, to mend the road. ", 3600);
    out = clean(big, strlen(big));
    assert_true(strlen(out) > strlen(big) - 10);
    assert_null(strchr(out, '\n'));
    newsext_free(out);
    free(big);
}

static void deep_nesting_keeps_text(void **state) {
    size_t depth = 100000;
    char *open = repeat("<div>", depth);
    const char *p = "<p>Deep down, this sentence is still part of the article, and it must survive.</p>";
    char *html = malloc(strlen(open) + strlen(p) + 1);
    strcpy(html, open);
    strcat(html, p);
    char *out = clean(html, strlen(html));
    assert_string_equal(out, "Deep down, this sentence is still part of the article, and it must survive.");
    newsext_free(out);
    free(html);
    free(open);
    /* inline elements nested just as deep */
    open = repeat("<b><i>", depth / 2);
    html = malloc(strlen(open) + 64);
    strcpy(html, "<html><body>");
    strcat(html, open);
    strcat(html, "Bold words at the bottom.");
    out = clean(html, strlen(html));
    assert_string_equal(out, "Bold words at the bottom.");
    newsext_free(out);
    free(html);
    free(open);
}

static void truncated_script_and_junk(void **state) {
    const char *cut = "<html><body><div class=\"story\"><p>The harbour master said the tide came in faster "
                      "than anyone expected, and that boats should stay in port.</p><p>Another para";
    char *out = clean(cut, strlen(cut));
    assert_non_null(strstr(out, "The harbour master said"));
    newsext_free(out);
    char *scripts = repeat("<script>var a = '<p>not text</p>'; for (;;) {}</script>", 2000);
    char *html = malloc(strlen(scripts) + 32);
    strcpy(html, "<html><body>");
    strcat(html, scripts);
    out = clean(html, strlen(html));
    assert_string_equal(out, "");
    newsext_free(out);
    free(html);
    free(scripts);
    /* binary junk, made valid UTF-8 the way the SQL glue does */
    unsigned char junk[65536];
    uint32_t x = 12345;
    for (size_t i = 0; i < sizeof junk; i++) { x = x * 1103515245u + 12345u; junk[i] = (unsigned char)(x >> 16); }
    char *valid;
    size_t n;
    assert_int_equal(newsext_utf8_sanitize((const char *)junk, sizeof junk, &valid, &n), NEWSEXT_OK);
    out = clean(valid, n);
    newsext_free(out);
    char *junk_html = malloc(n + 16);
    memcpy(junk_html, "<html><body>", 12);
    memcpy(junk_html + 12, valid, n);
    out = clean(junk_html, n + 12);
    newsext_free(out);
    free(junk_html);
    newsext_free(valid);
}

static void large_page_is_linear(void **state) {
    /* 8 MB of article paragraphs between furniture: time must stay linear */
    char *paras = repeat("<p>The ferry ran late again today, and the passengers, who had waited an hour in "
                         "the rain, were not pleased with the operator.</p>", 60000);
    char *html = malloc(strlen(paras) + 128);
    strcpy(html, "<html><body><nav><a href=\"/\">Home</a></nav><article>");
    strcat(html, paras);
    strcat(html, "</article></body></html>");
    clock_t t0 = clock();
    char *out = clean(html, strlen(html));
    double seconds = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_true(strlen(out) > 6000000);
    assert_true(seconds < 20); /* generous: the sanitizer build is slow */
    newsext_free(out);
    /* the same as flattened text (numbered: identical lines count as furniture) */
    size_t cap = 40000 * 160;
    char *text = malloc(cap), *w = text;
    for (int i = 0; i < 40000; i++)
        w += snprintf(w, 160, "On day %d the ferry ran late again, and the passengers, who had waited an "
                              "hour in the rain, were not pleased.\n\nShare\n\n", i);
    out = clean(text, strlen(text));
    assert_true(strlen(out) > 4000000);
    newsext_free(out);
    free(text);
    free(html);
    free(paras);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(html_keeps_the_article_only),
        cmocka_unit_test(html_meta_fields),
        cmocka_unit_test(text_drops_furniture_and_headline),
        cmocka_unit_test(text_without_spaces_between_words),
        cmocka_unit_test(text_announced_list_and_closing_sentence),
        cmocka_unit_test(text_box_of_other_pages),
        cmocka_unit_test(text_list_of_lone_items),
        cmocka_unit_test(text_counted_comment_heading),
        cmocka_unit_test(text_comment_thread_with_reply_buttons),
        cmocka_unit_test(text_comment_heading_count_after),
        cmocka_unit_test(text_subheadings_and_teaser_headlines),
        cmocka_unit_test(text_long_title_case_rows_of_a_list),
        cmocka_unit_test(text_recurring_subheadings),
        cmocka_unit_test(text_recurring_subheadings_above_lists),
        cmocka_unit_test(text_picture_descriptions),
        cmocka_unit_test(text_feedback_author_box_and_read_next),
        cmocka_unit_test(text_sentences_announcing_code),
        cmocka_unit_test(text_review_with_lists_of_text_rows),
        cmocka_unit_test(text_long_price_list_inside_the_article),
        cmocka_unit_test(text_packing_list_with_picture_and_label_row),
        cmocka_unit_test(text_excerpt_printed_twice),
        cmocka_unit_test(text_dated_teasers_after_the_article),
        cmocka_unit_test(text_wrapped_at_fixed_width),
        cmocka_unit_test(text_lede_full_of_names),
        cmocka_unit_test(html_keeps_closing_sentence),
        cmocka_unit_test(whitespace_and_nfc),
        cmocka_unit_test(empty_and_invalid),
        cmocka_unit_test(one_line_and_no_breaks),
        cmocka_unit_test(deep_nesting_keeps_text),
        cmocka_unit_test(truncated_script_and_junk),
        cmocka_unit_test(large_page_is_linear),
        cmocka_unit_test(html_jsonld_article_body),
        cmocka_unit_test(html_legal_notes_end_the_article),
        cmocka_unit_test(meta_control_character_before_combining_mark),
        cmocka_unit_test(html_jsonld_article_body_not_used),
        cmocka_unit_test(html_jsonld_article_body_markup_and_malformed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
