// Loads newsext into Go's database/sql through github.com/mattn/go-sqlite3,
// as the README shows, and checks a few answers end to end.
//
//	go run main.go ./newsext
package main

import (
	"database/sql"
	"fmt"
	"os"
	"strings"

	sqlite3 "github.com/mattn/go-sqlite3"
)

func check(what string, got, want string) {
	if got != want {
		fmt.Printf("%s: got %q, want %q\n", what, got, want)
		os.Exit(1)
	}
}

func main() {
	sql.Register("sqlite3_newsext", &sqlite3.SQLiteDriver{Extensions: []string{os.Args[1]}})
	db, err := sql.Open("sqlite3_newsext", ":memory:")
	if err != nil {
		panic(err)
	}
	defer db.Close()

	var version string
	if err := db.QueryRow("SELECT newsext_version()").Scan(&version); err != nil {
		panic(err)
	}
	check("version dots", fmt.Sprint(strings.Count(version, ".")), "2")

	var files int
	if err := db.QueryRow("SELECT count(*) FROM news_files('tests/corpus')").Scan(&files); err != nil {
		panic(err)
	}
	check("news_files", fmt.Sprint(files), "8")

	var persons string
	text := "President Emmanuel Macron met Olaf Scholz in Paris on Tuesday. Macron said the talks went well."
	if err := db.QueryRow("SELECT extract_persons(?)", text).Scan(&persons); err != nil {
		panic(err)
	}
	check("extract_persons", persons, `["Emmanuel Macron","Olaf Scholz"]`)

	var event string
	if err := db.QueryRow("SELECT event_date(?, '2025-04-24')", text).Scan(&event); err != nil {
		panic(err)
	}
	check("event_date", event, "2025-04-22")

	// Errors reach Go as errors, with the function's name.
	_, err = db.Exec("SELECT event_date('x', 'tomorrow')")
	if err == nil || !strings.Contains(err.Error(), "event_date: ref must be an ISO date") {
		fmt.Println("bad ref error:", err)
		os.Exit(1)
	}
	fmt.Println("ok", version)
}
