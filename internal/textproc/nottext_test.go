package textproc

import (
	"math/rand"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// randomLatin returns n random bytes of 0x20 to 0xff, no NUL and no
// control character among them, read as Windows-1252.
func randomLatin(n int) string {
	r := rand.New(rand.NewSource(1))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(0x20 + r.Intn(0xe0))
	}
	out, _ := charmap.Windows1252.NewDecoder().Bytes(b)
	return string(out)
}

func TestNotText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // start of the reason; "" for text
	}{
		{"english", "The council voted on Tuesday to approve the budget, Mayor Jane Smith said.", ""},
		{"german", "Der Bürgermeister eröffnete die Brücke über die Förde am frühen Morgen.", ""},
		{"russian", "Мэр города заявил во вторник, что совет утвердил бюджет на следующий год.", ""},
		{"greek", "Ο δήμαρχος δήλωσε την Τρίτη ότι το συμβούλιο ενέκρινε τον προϋπολογισμό.", ""},
		{"arabic", "قال رئيس البلدية يوم الثلاثاء إن المجلس وافق على الميزانية للعام المقبل.", ""},
		{"hindi", "महापौर ने मंगलवार को कहा कि परिषद ने अगले वर्ष के बजट को मंजूरी दे दी है।", ""},
		{"chinese", "市长周二表示，市议会已批准明年的预算，并将于下周公布详细计划。", ""},
		{"japanese", "市長は火曜日、市議会が来年度の予算を承認したと述べた。詳細は来週発表される。", ""},
		{"thai", "นายกเทศมนตรีกล่าวเมื่อวันอังคารว่าสภาได้อนุมัติงบประมาณสำหรับปีหน้าแล้ว", ""},
		{"korean", "시장은 화요일 시의회가 내년 예산을 승인했다고 말했다.", ""},
		{"short", "Yes.", ""},
		{"figures in a sentence", "Shares rose 3.5% to $120.40 on 12/03/2025, up from $116.32.", ""},
		{"a separator in a text", strings.Repeat("=", 40) + "\nThe council voted on Tuesday to approve the budget, the mayor said on Wednesday.", ""},
		{"blank", " \n\t", ""},
		{"no letters", "1234 5678\n" + strings.Repeat("42\n", 100), "no letters"},
		{"symbols only", strings.Repeat("#", 5000), "no letters"},
		{"one letter repeated", strings.Repeat("a", 5000), "one character repeated"},
		{"one letter repeated with spaces", strings.Repeat("x ", 2000), "one character repeated"},
		{"replacement characters", strings.Repeat("\uFFFD", 300) + " the cat sat on the mat", "92% of its characters"},
		{"control characters", strings.Repeat("ab\x01\x02\x03 ", 200), "50% of its characters"},
		{"random bytes as windows-1252", randomLatin(5000), "no words"},
		{"headline", "Quake hits Taiwan", ""},
		{"headline with names", "iPhone maker Foxconn, McDonald's and OpenAI report Q3 results", ""},
		{"two-sentence brief", "WASHINGTON (AP) — The Senate passed the bill 51-49 on Friday. The House votes next week.", ""},
		{"table of figures", "Team\tW\tL\tPts\nArsenal\t21\t3\t68\nLiverpool\t20\t5\t64\nRenaissanceRe\t1,531,322\t40.3%\n$500-$5,000/month", ""},
		{"polish", "Źdźbło trawy w Szczebrzeszynie, powiedział wójt gminy.", ""},
		{"czech", "Strč prst skrz krk, řekl mluvčí ministerstva.", ""},
		{"camel names", "AnswerThePublic, HTTPServer, eBay, iOS, CEOs, MPs, DeSantis and LinkedIn", ""},
		{"japanese with latin", "Kindle for PCの起動ホットキーがKeePassと被る「Ctrl＋Alt＋K」", ""},
		{"codes and units", "COVID-19 H1N1 rs232 10km 3rd GO19348THSGDR nightly-2025-11-24", ""},
		{"short random printable", "1h(@/_Y\\sP:,^#QWm yYB|=k-H#\"#se!Pw;V|#c", "no words"},
		{"short random letters", "wf JIgcllJ HwFqPg FbtNgzQdipGL PD Jp B xS xqRubzjX", "no words"},
		{"short random windows-1252", randomLatin(50), "no words"},
		{"base64", strings.Repeat("QWxsIHdvcmsgYW5kIG5vIHBsYXkgbWFrZXMgSmFjayBhIGR1bGwgYm95", 50), "no words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := NotText(tt.in)
			if tt.want == "" && got != "" || !strings.HasPrefix(got, tt.want) {
				t.Errorf("NotText = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNotTextLarge checks that a large text is judged by its samples:
// garbage throughout is refused, text throughout is not.
func TestNotTextLarge(t *testing.T) {
	text := strings.Repeat("The council voted on Tuesday to approve the budget. ", 20_000)
	if got := NotText(text); got != "" {
		t.Errorf("NotText(1 MB of text) = %q, want \"\"", got)
	}
	if got := NotText(strings.Repeat("é", 600_000)); !strings.HasPrefix(got, "one character repeated") {
		t.Errorf("NotText(1 MB of one letter) = %q, want one character repeated", got)
	}
}

func TestMostlyUTF8(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"one bad byte", "WASHINGTON \u2014 President Jane Doe said the bill \u201cwill pass\u201d. \xff", true},
		{"windows-1252", "Caf\xe9 au lait, \x93quoted\x94 and na\xefve", false},
		{"ascii and one bad byte", "Caf\xe9 au lait", false},
		{"accidental pair in latin-1", "\xc3\xa9t\xe9 \xe0 Paris, c\xe9l\xe8bre", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MostlyUTF8([]byte(tt.in)); got != tt.want {
				t.Errorf("MostlyUTF8(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzNotText(f *testing.F) {
	for _, s := range []string{"The council voted.", "", "\xff\xfe", strings.Repeat("#", 100), "市长周二表示"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		why := NotText(s)
		if strings.TrimSpace(s) == "" && why != "" {
			t.Errorf("NotText(%q) = %q for blank text, want \"\"", s, why)
		}
	})
}
