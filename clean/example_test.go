package clean_test

import (
	"fmt"

	"crosscheck"
	"crosscheck/clean"
)

func ExampleArticles() {
	doc := crosscheck.Document{
		Source: "reports/ap.txt",
		Body: "By JANE DOE and JOHN ROE\n" +
			"Associated Press\n" +
			"WASHINGTON (AP) — The Senate passed the budget bill on Tuesday.\n" +
			"Advertisement\n" +
			"The vote was 51 to 49.\n" +
			"___\n" +
			"AP writer Ann Poe contributed to this report.",
	}
	arts, dropped := clean.Articles(doc)
	for _, a := range arts {
		fmt.Println(a.File, a.Part, a.Outlet, a.Authors, a.Dateline)
		fmt.Println(a.Text)
	}
	for _, d := range dropped {
		fmt.Printf("%s: %s\n", d.Kind, d.Text)
	}
	// Output:
	// reports/ap.txt 1 Associated Press [Jane Doe John Roe] WASHINGTON
	// WASHINGTON (AP) — The Senate passed the budget bill on Tuesday.
	//
	// The vote was 51 to 49.
	// byline: By JANE DOE and JOHN ROE
	// boilerplate: Associated Press
	// boilerplate: Advertisement
	// separator: ___
	// credit: AP writer Ann Poe contributed to this report.
}
