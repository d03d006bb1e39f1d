package discrepancy

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/analyze/entities"
)

func TestDoubledOnce(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"vreeland", "vreland", true},
		{"mathias", "matthias", true},
		{"bufford", "buford", true},
		{"zelenskyy", "zelensky", false},  // a "y" at the end: a romanisation
		{"kellermann", "kellerman", true}, // a consonant at the end
		{"russell", "russel", true},
		{"mohammed", "mohamed", false},  // one Arabic name
		{"hassan", "hasan", false},      // one Arabic name, the list's own form first
		{"stellmann", "stelman", false}, // two letters
		{"kessler", "kessling", false},
		{"otto", "oto", false}, // too short
	}
	for _, tc := range tests {
		if got := doubledOnce(tc.a, tc.b); got != tc.want {
			t.Errorf("doubledOnce(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestUmlautPair(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Jörg", "Joerg", true},
		{"Mueller", "Müller", true},
		{"Özil", "Oezil", true},
		{"Muller", "Müller", false}, // the umlaut dropped: a spelling of its own
		{"Joel", "Jol", false},
		{"Joerg", "Joerg", false},
	} {
		if got := umlautPair(tc.a, tc.b); got != tc.want {
			t.Errorf("umlautPair(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestRomanisedLook(t *testing.T) {
	for w, want := range map[string]bool{
		"qassem": true, "khalid": true, "zelenskyy": true, "quincy": false, "vreeland": false, "matthias": false,
	} {
		if got := romanisedLook(w); got != want {
			t.Errorf("romanisedLook(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestFindNameSlips(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "a short given name mistyped",
			texts: []string{
				"Rebecca Lindqvist won the primary with 46 percent. Businessman Tom Garrity received 31.8 percent of the vote.",
				"Rebecca Lindqvist won the nomination, fending off wealthy businessman Tim Garrity, who received 32 percent of the vote.",
			},
			want: [][]string{{"Tim Garrity", "Tom Garrity"}},
		},
		{
			name: "a given name with two letters swapped at its end",
			texts: []string{
				"The prison's warden, Arlene Lindholm, said the facility would stay on lockdown.",
				"Warden Arlene Lindholm ordered the prison placed on lockdown, and all visits were canceled.",
				"Warden Arleen Lindholm placed the facility on lockdown and suspended visits.",
			},
			want: [][]string{{"Arlene", "Arleen"}},
		},
		{
			name: "a short given name with one letter changed",
			texts: []string{
				"Karl Brenner, 39, of Stillwater, pleaded guilty in July to arson charges for the attack on the clinic.",
				"Carl Brenner, 39, pleaded guilty in July to arson in connection with the firebombing of the clinic.",
				"Carl Brenner, 39, admitted in a July plea that he set fire to the clinic.",
			},
			want: [][]string{{"Carl Brenner", "Karl Brenner"}},
		},
		{
			name: "a given name of the Latin alphabet with a y for an i",
			texts: []string{
				"Kenya's Brian Wekesa Otieno won the men's race in 2:06:14, pulling away in the final mile.",
				"Brian Wekesa Otieno of Kenya won the men's race, finishing in 2:06:14 after a late surge.",
				"In the men's race, Bryan Wekesa Otieno of Kenya won in 2:06:14 with a late surge.",
			},
			want: [][]string{{"Brian", "Bryan"}},
		},
		{
			name: "a surname begun with a k and with a c",
			texts: []string{
				"The council's budget chief, Lena Kessler, said the plan would cut the deficit in half.",
				"Budget chief Lena Cessler said the plan would cut the deficit in half by next year.",
			},
			want: [][]string{{"Cessler", "Kessler"}},
		},
		{
			name: "two given names of the holder of one office",
			texts: []string{
				"“These are painful decisions,” Superintendent Ruth Vance told the board before the vote.",
				"Superintendent Rachel Vance had recommended closing both schools to cover a budget gap.",
				"Superintendent Ruth Vance said enrollment would keep falling.",
			},
			want: [][]string{{"Rachel Vance", "Ruth Vance"}},
		},
		{
			name: "a middle initial two ways",
			texts: []string{
				"A jury on Friday convicted Travis L. Mercer of murder in the mall shooting.",
				"Jurors found Travis J. Mercer guilty of murder in the mall shooting on Friday.",
			},
			want: [][]string{{"Travis L. Mercer", "Travis J. Mercer"}},
		},
		{
			name: "one company's chief executive, two given names",
			texts: []string{
				"Paylinx CEO Gregory Amsel apologized for the breach.",
				"Paylinx chief executive Gordon Amsel said the company would notify everyone affected by the breach.",
			},
			want: [][]string{{"Gordon Amsel", "Gregory Amsel"}},
		},
		{
			name: "one speaker, two given names, one of them a role word",
			texts: []string{
				"“People should not be taxed out of a house they paid off 20 years ago,” House Speaker Dale Brinkerhoff said after the vote.",
				"House Speaker Dean Brinkerhoff (R), who has pushed for property tax limits for years, said the Legislature kept its promise.",
			},
			want: [][]string{{"Dale Brinkerhoff", "Dean Brinkerhoff"}},
		},
		{
			name: "two executives of one surname",
			texts: []string{
				"Paylinx executive Gregory Amsel apologized in a statement on Thursday.",
				"Paylinx executive Gordon Amsel said the company would hire 200 engineers next year.",
			},
		},
		{
			name: "a father and son named side by side",
			texts: []string{
				"John A. Pryor and his son, John B. Pryor, were both charged on Friday.",
				"John A. Pryor was charged on Friday with fraud.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := articles(tc.texts...)
			set := entities.Extract(arts)
			got := variantTexts(nameDiscrepancies(arts, set.Entities, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("nameDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFindMiddleNames is one person whose middle name of three (a second
// surname, a second given name) the reports spell two ways, and two
// people who share a given name and a surname but do different things.
func TestFindMiddleNames(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "one archaeologist",
			texts: []string{
				"The tomb was found near Cusco, lead archaeologist Ximena Ortiz Ruiz said.",
				"The tomb held gold masks, lead archaeologist Ximena Ortega Ruiz said on Monday.",
			},
			want: [][]string{{"Ximena Ortega Ruiz", "Ximena Ortiz Ruiz"}},
		},
		{
			name: "a middle romanised two ways",
			texts: []string{
				"North Korean leader Kim Jong Un oversaw a missile test on Friday, state media said.",
				"North Korean leader Kim Jung Un oversaw a missile test on Friday, state media reported.",
			},
		},
		{
			name: "two people",
			texts: []string{
				"The bill was written by state Sen. Maria Lopez Garcia, a Democrat from Fresno.",
				"The striker Maria Perez Garcia scored twice in the second half on Sunday.",
			},
		},
	}
	for _, tt := range tests {
		arts := articles(tt.texts...)
		got := variantTexts(slices.DeleteFunc(Find(arts, entities.Extract(arts).Entities, nil, nil, nil), func(d crosscheck.Discrepancy) bool {
			return d.Kind != crosscheck.NameDiscrepancy
		}))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Find mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}
