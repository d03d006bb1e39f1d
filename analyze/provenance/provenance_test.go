package provenance

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

// The wire story and its reuses that several tests share.
const (
	wire = "LONDON (Reuters) — The city council approved a plan on Monday to build 4,000 new homes on the site of the old gasworks by 2030.\n\n" +
		"The mayor said the plan would ease a housing shortage that has pushed rents up by a third in five years.\n\n" +
		"Opponents on the council argued that the site was still contaminated and that the cleanup would cost far more than the budget allowed.\n\n" +
		"Work on the first phase is expected to begin next spring, the council said in a statement."
	// reprint is the wire story with a few words changed and no dateline.
	reprint = "The city council approved a plan on Monday to build 4,000 new homes on the site of the former gasworks by 2030.\n\n" +
		"The mayor said the plan would ease a housing shortage that has pushed rents up by a third in five years.\n\n" +
		"Opponents on the council argued that the site was still contaminated and that the cleanup would cost far more than the budget allowed.\n\n" +
		"Work on the first phase is expected to begin next spring, the council said."
	// wrongFigure rewrites the wire story and gives another number of
	// homes: it contradicts the wire, so it is no copy of it.
	wrongFigure = "Councillors on Monday backed a plan to build 40,000 new homes on the site of the old gasworks by 2030.\n\n" +
		"The mayor said the plan would ease a housing shortage that has pushed rents up by a third in five years.\n\n" +
		"Opponents on the council argued that the site was still contaminated and that the cleanup would cost far more than the budget allowed."
	// own is an outlet's own report of the same event that borrows one
	// sentence from the wire and credits it.
	own = "Residents of the east side packed the public gallery as councillors debated the gasworks scheme late into the evening.\n\n" +
		"Several speakers said they feared traffic on the narrow streets around the site would become unbearable.\n\n" +
		"Opponents on the council argued that the site was still contaminated and that the cleanup would cost far more than the budget allowed, Reuters reported.\n\n" +
		"The local school's head teacher told the meeting that her pupils had waited years for a new playground."
	// independent reports the event in its own words.
	independent = "Plans for thousands of homes at the disused gasworks won the council's backing after a heated debate.\n\n" +
		"Critics warn the land remains polluted and that clearing it will blow the budget.\n\n" +
		"Construction could start as early as next year."
)

// A crash told three ways: crashDenied repeats most of crash but denies
// the arrest and the charge; crashAgain repeats it and agrees.
const (
	crashScene = "A truck collided with a school bus on Route 9 outside Millbrook on Monday morning, sending six children to the hospital with minor injuries.\n\n" +
		"The crash closed the highway in both directions for three hours while crews cleared the wreckage and towed the truck away.\n\n" +
		"Parents gathered at the school in the afternoon, where the principal thanked the bus driver for keeping the children calm.\n\n"
	crash       = crashScene + "A truck driver was arrested at the scene. The driver was charged with reckless driving."
	crashDenied = crashScene + "No arrests were made, police said. The truck driver was not charged."
	crashAgain  = crashScene + "A truck driver was arrested at the scene, and was charged with reckless driving."
)

func TestAnalyzeOrigins(t *testing.T) {
	tests := []struct {
		name        string
		arts        []crosscheck.Article
		wantOrigin  map[string]string
		wantCopyOf  map[string]string
		wantCredits map[string][]string
	}{
		{
			name: "wire story, a reprint and a rewrite with another figure",
			arts: []crosscheck.Article{
				{ID: "wire", Outlet: "Reuters", Text: wire},
				{ID: "reprint", Outlet: "Daily Bugle", Text: reprint},
				{ID: "rewrite", Outlet: "Evening Post", Text: wrongFigure},
				{ID: "own", Outlet: "East Side News", Text: own},
				{ID: "indep", Text: independent},
			},
			wantOrigin: map[string]string{
				"wire": "Reuters", "reprint": "Reuters", "rewrite": "Evening Post",
				"own": "East Side News", "indep": "indep",
			},
			wantCopyOf:  map[string]string{"reprint": "wire"},
			wantCredits: map[string][]string{"own": {"Reuters"}},
		},
		{
			name: "dateline alone names the wire",
			arts: []crosscheck.Article{
				{ID: "a", Text: wire},
				{ID: "b", Outlet: "Daily Bugle", Text: reprint},
			},
			wantOrigin:  map[string]string{"a": "Reuters", "b": "Reuters"},
			wantCopyOf:  map[string]string{"b": "a"},
			wantCredits: map[string][]string{},
		},
		{
			name: "two stories of one wire share its origin",
			arts: []crosscheck.Article{
				{ID: "a", Text: wire},
				{ID: "b", Text: "KYIV, Ukraine (Reuters) — Officials said on Monday that power had been restored to most of the capital."},
			},
			wantOrigin:  map[string]string{"a": "Reuters", "b": "Reuters"},
			wantCopyOf:  map[string]string{},
			wantCredits: map[string][]string{},
		},
		{
			name: "reports quoting the same words are not copies",
			arts: []crosscheck.Article{
				{ID: "a", Outlet: "Daily Bugle", Text: "“We will build the homes this city needs, and we will build them on time,” the mayor told a packed chamber."},
				{ID: "b", Outlet: "Evening Post", Text: "Speaking after the vote, the mayor promised: “We will build the homes this city needs, and we will build them on time.”"},
			},
			wantOrigin:  map[string]string{"a": "Daily Bugle", "b": "Evening Post"},
			wantCopyOf:  map[string]string{},
			wantCredits: map[string][]string{},
		},
		{
			name: "one outlet written two ways is one origin",
			arts: []crosscheck.Article{
				{ID: "a", Outlet: "The Daily Bugle", Text: "The river bridge closed on Tuesday for urgent repairs."},
				{ID: "b", Outlet: "Daily Bugle", Text: "Residents of the east side protested outside the town hall."},
			},
			wantOrigin:  map[string]string{"a": "Daily Bugle", "b": "Daily Bugle"},
			wantCopyOf:  map[string]string{},
			wantCredits: map[string][]string{},
		},
		{
			name: "a rewrite that denies what its source reports",
			arts: []crosscheck.Article{
				{ID: "first", Outlet: "Daily Bugle", Published: crosscheck.Day(2025, 3, 1), Text: crash},
				{ID: "second", Outlet: "Evening Post", Published: crosscheck.Day(2025, 3, 2), Text: crashDenied},
			},
			wantOrigin:  map[string]string{"first": "Daily Bugle", "second": "Evening Post"},
			wantCopyOf:  map[string]string{},
			wantCredits: map[string][]string{},
		},
		{
			name: "a rewrite that says the same",
			arts: []crosscheck.Article{
				{ID: "first", Outlet: "Daily Bugle", Published: crosscheck.Day(2025, 3, 1), Text: crash},
				{ID: "second", Outlet: "Evening Post", Published: crosscheck.Day(2025, 3, 2), Text: crashAgain},
			},
			wantOrigin:  map[string]string{"first": "Daily Bugle", "second": "Daily Bugle"},
			wantCopyOf:  map[string]string{"second": "first"},
			wantCredits: map[string][]string{},
		},
		{
			name: "earlier article is the source of a later copy",
			arts: []crosscheck.Article{
				{ID: "late", Outlet: "Evening Post", Published: crosscheck.Day(2025, 3, 2), Text: reprint},
				{ID: "early", Outlet: "Daily Bugle", Published: crosscheck.Day(2025, 3, 1), Text: reprint},
			},
			wantOrigin:  map[string]string{"late": "Daily Bugle", "early": "Daily Bugle"},
			wantCopyOf:  map[string]string{"late": "early"},
			wantCredits: map[string][]string{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Analyze(tc.arts)
			if diff := cmp.Diff(tc.wantOrigin, r.Origin); diff != "" {
				t.Errorf("Origin mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.wantCopyOf, r.CopyOf); diff != "" {
				t.Errorf("CopyOf mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.wantCredits, r.Credits); diff != "" {
				t.Errorf("Credits mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSentenceOriginCopiedQuotation(t *testing.T) {
	const (
		vote  = "The council voted on Monday to approve the new housing plan for the east side of the city."
		quote = "\u201cWe will build the homes this city needs, and we will build them on time,\u201d he said."
	)
	src := vote + " Construction of the first four hundred homes is expected to begin in early spring next year. " + quote
	copied := vote + " Local shops reported brisk trade as crowds gathered outside the town hall to watch. " +
		"Several residents held signs that called for more parks and fewer parking lots in the district. " + quote
	quoting := "Crowds gathered outside the town hall on Monday evening to hear the result. " + quote
	tests := []struct {
		name string
		arts []crosscheck.Article
		id   string
		i    int
		want string
	}{
		{
			name: "a quotation copied with other sentences counts for their source",
			arts: []crosscheck.Article{
				{ID: "src", Outlet: "Daily Bugle", Published: crosscheck.Day(2025, 3, 1), Text: src},
				{ID: "copy", Outlet: "Evening Post", Published: crosscheck.Day(2025, 3, 2), Text: copied},
			},
			id: "copy", i: 3, want: "Daily Bugle",
		},
		{
			name: "a quotation alone shared is quoted independently",
			arts: []crosscheck.Article{
				{ID: "src", Outlet: "Daily Bugle", Published: crosscheck.Day(2025, 3, 1), Text: src},
				{ID: "quoting", Outlet: "Evening Post", Published: crosscheck.Day(2025, 3, 2), Text: quoting},
			},
			id: "quoting", i: 1, want: "Evening Post",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Analyze(tc.arts)
			if got := r.SentenceOrigin(tc.id, tc.i); got != tc.want {
				t.Errorf("SentenceOrigin(%q, %d) = %q, want %q", tc.id, tc.i, got, tc.want)
			}
		})
	}
}

func TestOwnCode(t *testing.T) {
	tests := []struct {
		code, outlet string
		want         bool
	}{
		{"RDW", "Riverside Daily Wire", true},
		{"NYT", "The New York Times", true},
		{"Reuters", "Reuters", true},
		{"AP", "WRVS Channel 9", false},
		{"AP", "Associated Press", true},
		{"AP", "Alpine Post", false},
		{"XYZ", "Riverside Daily Wire", false},
		{"RDW", "", false},
	}
	for _, tc := range tests {
		if got := ownCode(tc.code, tc.outlet); got != tc.want {
			t.Errorf("ownCode(%q, %q) = %v, want %v", tc.code, tc.outlet, got, tc.want)
		}
	}
}

func TestSentenceOriginPartlyDerived(t *testing.T) {
	arts := []crosscheck.Article{
		{ID: "wire", Text: wire},
		{ID: "own", Outlet: "East Side News", Text: own},
		{ID: "quoting", Outlet: "Evening Post", Text: "Councillors argued for hours.\n\n" +
			"“We will not give up on this neighbourhood,” the mayor told Reuters.\n\n" +
			"“Every family here deserves a decent home and a decent school,” the mayor said."},
		{ID: "quoted", Text: "LONDON (Reuters) — The mayor spoke after the vote.\n\n" +
			"“Every family here deserves a decent home and a decent school,” the mayor said."},
	}
	r := Analyze(arts)
	tests := []struct {
		name string
		id   string
		i    int
		want string
	}{
		{"own reporting keeps own origin", "own", 0, "East Side News"},
		{"credited near copy counts for the wire", "own", 2, "Reuters"},
		{"own sentence after the borrowed one", "own", 3, "East Side News"},
		{"sentence naming the wire as interviewer", "quoting", 1, "Reuters"},
		{"quotation repeated from a credited source", "quoting", 2, "Reuters"},
		{"narration of its own", "quoting", 0, "Evening Post"},
		{"wire sentence", "wire", 1, "Reuters"},
		{"index past the end gives the article's origin", "own", 99, "East Side News"},
		{"unknown article", "nope", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := r.SentenceOrigin(tc.id, tc.i); got != tc.want {
				t.Errorf("SentenceOrigin(%q, %d) = %q, want %q", tc.id, tc.i, got, tc.want)
			}
		})
	}
	if got, want := r.Origin["own"], "East Side News"; got != want {
		t.Errorf("partly derived article: origin %q, want %q", got, want)
	}
	if diff := cmp.Diff([]string{"Reuters"}, r.Borrowed["own"]); diff != "" {
		t.Errorf("Borrowed mismatch (-want +got):\n%s", diff)
	}
}

func TestCredits(t *testing.T) {
	f := newCreditFinder([]string{"The Daily Bugle", "CBC", "The Hill"})
	tests := []struct {
		name, in string
		want     []string
	}{
		{"according to", "The talks will resume on Friday, according to Reuters.", []string{"Reuters"}},
		{"told", "NATO's chief told The Associated Press that allies would stand firm.", []string{"Associated Press"}},
		{"code reported", "The group has given more than $100 billion, AP reported.", []string{"Associated Press"}},
		{"contributed", "Reuters contributed to this report.", []string{"Reuters"}},
		{"agency writer", "AP writer Jane Roe in Washington contributed to this report.", []string{"Associated Press"}},
		{"news service", "Russia's Tass news service said the Kremlin confirmed the call.", []string{"Tass"}},
		{"story outlet", "The mayor told the Daily Bugle she would not resign.", []string{"The Daily Bugle"}},
		{"story outlet reported", "CBC reported the vote on Tuesday.", []string{"CBC"}},
		{"two sources", "According to AFP and as Reuters reported, the border was closed.", []string{"Agence France-Presse", "Reuters"}},
		{"person reported", "Smith reported the fire to the police.", nil},
		{"person named like an outlet", "Fiona Hill said the talks would fail.", nil},
		{"outlet with its article", "The senator told the Hill that she would vote no.", []string{"The Hill"}},
		{"told reporters", "The minister told reporters he was confident.", nil},
		{"lower-case code", "The app reported an error.", nil},
		{"name without cue", "The Associated Press is a news cooperative.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, f.find(tc.in)); diff != "" {
				t.Errorf("credits of %q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestDatelineSource(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"WASHINGTON (AP) — President Trump said", "Associated Press", true},
		{"KYIV, Ukraine, Feb 12 (Reuters) - Officials said", "Reuters", true},
		{"(CNN) — The storm hit", "CNN", true},
		{"PARIS (AFP) – Le gouvernement", "Agence France-Presse", true},
		{"WASHINGTON — President Trump said", "", false},
		{"The mayor (a Democrat) — who won", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		got, ok := datelineSource(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("datelineSource(%q) = %q, %v, want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestLookupAgency(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"The Associated Press", "Associated Press", true},
		{"AP", "Associated Press", true},
		{"apnews.com", "Associated Press", true},
		{"www.reuters.com", "Reuters", true},
		{"tass.ru", "Tass", true},
		{"Agence France-Presse", "Agence France-Presse", true},
		{"The Washington Times", "", false},
		{"ap.example.org", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		got, ok := lookupAgency(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("lookupAgency(%q) = %q, %v, want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestNarration(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"curly quotes", "“We will win,” he said.", "  he said."},
		{"straight quotes", `He said "we will win" today.`, "He said   today."},
		{"quote runs on", "“But first, we want peace.", " "},
		{"quote began before", "Rather, our relationship will change,” Hegseth said.", "  Hegseth said."},
		{"straight quote began before", `Rather, it will change," Hegseth said.`, "  Hegseth said."},
		{"no quotes", "The council met.", "The council met."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := narration(tc.in); got != tc.want {
				t.Errorf("narration(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestAnalyzeEmpty(t *testing.T) {
	r := Analyze(nil)
	if len(r.Origin) != 0 || r.SentenceOrigin("x", 0) != "" {
		t.Errorf("Analyze(nil) = %+v, want an empty result", r)
	}
	var nilResult *Result
	if got := nilResult.SentenceOrigin("x", 0); got != "" {
		t.Errorf("nil Result: SentenceOrigin = %q, want \"\"", got)
	}
}

// TestPrepareJSON checks that an article's prepared sentences read back
// as they were written, and that damaged hashes are refused.
func TestPrepareJSON(t *testing.T) {
	p := Prepare("The mayor said the bridge would reopen on Monday after repairs. “It is safe,” he said.\n\nTraffic was light.")
	if len(p.Sentences) == 0 || len(p.Sentences[0].Shingles) == 0 {
		t.Fatalf("no shingles prepared: %+v", p)
	}
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back Article
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p, back); diff != "" {
		t.Errorf("round trip differs (-wrote +read):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"sentences":[{"s":"AAEC"}]}`), &back); err == nil {
		t.Error("hashes of 3 bytes read without error")
	}
}

// TestNearCopiesBigStory checks the near copies kept of the sentences of a
// story of more than maxCandidates reports that all nearly repeat one
// sentence: as when every pair is compared, each keeps those of the wire
// report first, though it comes last, then those of the earliest reports.
func TestNearCopiesBigStory(t *testing.T) {
	n := 3 * maxCandidates
	docs := make([]*doc, n)
	for i := range docs {
		// Twenty shingles all share and nine that tell the reports
		// apart, each shared by half of them.
		var sh []uint64
		for h := uint64(1); h <= 20; h++ {
			sh = append(sh, h)
		}
		for k := range 9 {
			sh = append(sh, uint64(300+2*k+(i>>k)&1))
		}
		docs[i] = &doc{art: &crosscheck.Article{ID: fmt.Sprint("r", i)}, sentences: []sentence{{shingles: sh, words: 30}}}
	}
	docs[n-1].wire = true
	got := nearCopies(docs, func(s *sentence) []uint64 { return s.shingles })
	// The wire report and the earliest others of the group's matches,
	// the report's own sentence left out.
	want := func(own int) []ref {
		var out []ref
		for i := range maxMatches - 1 {
			if i != own {
				out = append(out, ref{i, 0})
			}
		}
		return append(out, ref{n - 1, 0})
	}
	for _, i := range []int{0, n / 2, n - 2} {
		if diff := cmp.Diff(want(i), got[i][0], cmp.AllowUnexported(ref{})); diff != "" {
			t.Errorf("near copies of report %d mismatch (-want +got):\n%s", i, diff)
		}
	}
}

// TestNearCopiesHashCollision checks that two sentences whose shingles
// hash alike but differ are not taken for exact copies of each other.
func TestNearCopiesHashCollision(t *testing.T) {
	const prime = 1099511628211
	h := func(sh []uint64) uint64 { return hashShingles(sh) }
	a := []uint64{1, 2, 3}
	// Another last shingle that gives the same hash after another middle
	// one: (x^m)*p ^ l = (x^m')*p ^ l'.
	b := []uint64{1, 7, 0}
	x := uint64(14695981039346656037)
	x ^= 1
	x *= prime
	b[2] = ((x^2)*prime ^ 3) ^ ((x ^ 7) * prime)
	if h(a) != h(b) {
		t.Fatalf("hashes differ: %x %x", h(a), h(b))
	}
	docs := []*doc{
		{art: &crosscheck.Article{ID: "a"}, sentences: []sentence{{shingles: a, words: 5}}},
		{art: &crosscheck.Article{ID: "b"}, sentences: []sentence{{shingles: b, words: 5}}},
	}
	got := nearCopies(docs, func(s *sentence) []uint64 { return s.shingles })
	if len(got[0][0]) != 0 || len(got[1][0]) != 0 {
		t.Errorf("sentences that share one shingle of three matched: %v", got)
	}
}
