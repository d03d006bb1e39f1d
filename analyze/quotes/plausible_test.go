package quotes

import "testing"

func TestPlausibleSpeaker(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"full name", "Dana Whitcombe", "Dana Whitcombe"},
		{"speech verb first", "Added Whitcombe", "Whitcombe"},
		{"adverb before a pronoun", "then she", ""},
		{"words after a name", "Mr. Ostrander was", "Mr. Ostrander"},
		{"adverb after a name", "Ms. Kell nevertheless", "Ms. Kell"},
		{"verb after a name", "Kell offered more", "Kell"},
		{"organisation by its role", "the mayor's campaign", "the mayor's campaign"},
		{"document with a verb after it", "The memo goes", "The memo"},
		{"person by what they do", "an unseen announcer", "an unseen announcer"},
		{"a name and a group", "Ruiz and her aides", "Ruiz and her aides"},
		{"a thing", "a handshake", ""},
		{"a thing after a possessive", "her decision", ""},
		{"an adjective", "The presumptive", ""},
		{"a verb", "it is", ""},
		{"an honorific and a possessive", "Mr. Kell’s apology", ""},
		{"a date", "on April 6", ""},
		{"a noun phrase with a speaking noun inside", "the improper use of campaign funds", ""},
		{"a lead word alone", "Even", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := plausibleSpeaker(tc.in); got != tc.want {
				t.Errorf("plausibleSpeaker(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
