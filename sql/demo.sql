-- What `make demo` prints after ingesting tests/corpus.
.mode table
SELECT path, format, size, length(raw) AS chars, error FROM articles ORDER BY path;
