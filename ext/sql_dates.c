/* sql_dates.c — SQL glue for dates (placeholder). */
#include "sql_common.h"
int ne_sql_register_dates(sqlite3 *db, char **errmsg) { return SQLITE_OK; }
