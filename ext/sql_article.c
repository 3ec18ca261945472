/* sql_article.c — SQL glue for article (placeholder). */
#include "sql_common.h"
int ne_sql_register_article(sqlite3 *db, char **errmsg) { return SQLITE_OK; }
