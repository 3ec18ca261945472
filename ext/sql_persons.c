/* sql_persons.c — SQL glue for persons (placeholder). */
#include "sql_common.h"
int ne_sql_register_persons(sqlite3 *db, char **errmsg) { return SQLITE_OK; }
