package provenance_test

import (
	"fmt"

	"crosscheck"
	"crosscheck/analyze/provenance"
)

func ExampleAnalyze() {
	arts := []crosscheck.Article{
		{ID: "wire", Text: "PARIS (AFP) — Museum staff walked out on Monday over pay, closing the Louvre for the day to thousands of visitors."},
		{ID: "reprint", Outlet: "Daily Bugle", Text: "Museum staff walked out on Monday over pay, closing the Louvre for the day to thousands of visitors."},
		{ID: "own", Outlet: "Evening Post", Text: "Tourists queued in the rain outside the glass pyramid. The strike closed the museum for the day, AFP reported."},
	}
	r := provenance.Analyze(arts)
	for _, a := range arts {
		fmt.Printf("%s: origin %s, copy of %q, credits %v\n", a.ID, r.Origin[a.ID], r.CopyOf[a.ID], r.Credits[a.ID])
	}
	fmt.Println(r.SentenceOrigin("own", 0), "/", r.SentenceOrigin("own", 1))
	// Output:
	// wire: origin Agence France-Presse, copy of "", credits []
	// reprint: origin Agence France-Presse, copy of "wire", credits []
	// own: origin Evening Post, copy of "", credits [Agence France-Presse]
	// Evening Post / Agence France-Presse
}
