package quotes

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// said is a quotation as a test expects it.
type said struct{ Text, Speaker string }

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []said
	}{
		{"speaker said", "\u201cWe will win,\u201d Tom Lee said.",
			[]said{{"We will win", "Tom Lee"}}},
		{"said speaker", "\u201cWe will win,\u201d said Jane Smith, the party leader.",
			[]said{{"We will win", "Jane Smith"}}},
		{"told reporters", "\u201cIt is over,\u201d Mr. Brown told reporters on Monday.",
			[]said{{"It is over", "Mr. Brown"}}},
		{"wrote with colon", "Jane Doe wrote on X: \u201cThe vote is tomorrow.\u201d",
			[]said{{"The vote is tomorrow.", "Jane Doe"}}},
		{"according to", "The deal \u201cwill not survive the winter,\u201d according to Tom Lee.",
			[]said{{"will not survive the winter", "Tom Lee"}}},
		{"in a statement", "\u201cWe regret the error,\u201d the ministry said in a statement.",
			[]said{{"We regret the error", "the ministry"}}},
		{"appositive after", "\u201cTalks must resume,\u201d Anna Berg, the foreign minister, said.",
			[]said{{"Talks must resume", "Anna Berg"}}},
		{"appositive before", "Anna Berg, the foreign minister, said \u201ctalks must resume.\u201d",
			[]said{{"talks must resume.", "Anna Berg"}}},
		{"title before name", "\u201cWe are ready,\u201d NATO Secretary General Ola Berg said.",
			[]said{{"We are ready", "Ola Berg"}}},
		{"inverted title", "\u201cEnough,\u201d said Finance Minister Carla Ruiz.",
			[]said{{"Enough", "Carla Ruiz"}}},
		{"fragment in reported speech", "Finance Minister Carla Ruiz said Europe \u201cmust pay its share\u201d of the cost.",
			[]said{{"must pay its share", "Carla Ruiz"}}},
		{"pronoun", "Maria Lopez spoke first. \u201cWe need more time,\u201d she said.",
			[]said{{"We need more time", "Maria Lopez"}}},
		{"pronoun skips a place", "Maria Lopez spoke first. Spain voted later. \u201cWe need more time,\u201d she said.",
			[]said{{"We need more time", "Maria Lopez"}}},
		{"split around attribution", "Tom Hill addressed the crowd. \u201cThe first part,\u201d he said. \u201cThe second part.\u201d",
			[]said{{"The first part. The second part.", "Tom Hill"}}},
		{"split mid-sentence", "\u201cWe tried,\u201d Hill said, \u201cand we failed.\u201d",
			[]said{{"We tried, and we failed.", "Hill"}}},
		{"several paragraphs", "\u201cThe first paragraph of the speech.\n\n\u201cThe second paragraph,\u201d Ann Lee said.",
			[]said{{"The first paragraph of the speech. The second paragraph", "Ann Lee"}}},
		{"unclosed", "\u201cThis never closes, Bob Stone said.\n\nNext paragraph.",
			[]said{{"This never closes, Bob Stone said.", ""}}},
		{"stray closing mark", "Nothing opens here,\u201d Bob Stone said.",
			[]said{{"Nothing opens here", "Bob Stone"}}},
		{"apostrophes are not quotes", "Ukraine\u2019s leader and the countries\u2019 envoys met at Kim\u2019s house.",
			nil},
		{"nested single quotes", "\u201cHe told me \u2018never give up,\u2019 and I listened,\u201d said Kim Park.",
			[]said{{"He told me \u2018never give up,\u2019 and I listened", "Kim Park"}}},
		{"nested double quotes", "Trump wrote: \u201cHe apologized for the \u201cf bomb.\u201d\u201d",
			[]said{{"He apologized for the \u201cf bomb.\u201d", "Trump"}}},
		{"single quotes", "\u2018We will fight on,\u2019 said Nigel Hart.",
			[]said{{"We will fight on", "Nigel Hart"}}},
		{"straight quotes", "\"It is done,\" Jo Park said. \"Now we rest.\"",
			[]said{{"It is done. Now we rest.", "Jo Park"}}},
		{"participle", "Lee criticised the plan, saying: \u201cIt will fail.\u201d",
			[]said{{"It will fail.", "Lee"}}},
		{"organisation", "\u201cNo comment,\u201d the Kremlin said.",
			[]said{{"No comment", "the Kremlin"}}},
		{"possessive organisation", "Acme\u2019s office said the plan was \u201con track.\u201d",
			[]said{{"on track.", "Acme\u2019s office"}}},
		{"definite description", "Senator Ray Cole arrived late. \u201cI was stuck in traffic,\u201d the senator said.",
			[]said{{"I was stuck in traffic", "Ray Cole"}}},
		{"they for a group", "The officials met on Monday. \u201cWe agree,\u201d they said.",
			[]said{{"We agree", "The officials"}}},
		{"they not for a place", "Spain voted later. \u201cWe agree,\u201d they said.",
			[]said{{"We agree", ""}}},
		{"role then name in apposition", "\u201cWe will appeal,\u201d the mayor\u2019s spokesman, Jo Park, said.",
			[]said{{"We will appeal", "Jo Park"}}},
		{"participle after the quotation", "Updated: Ann Lee on Sunday defended her \u201cphony theology,\u201d saying she meant the policy.",
			[]said{{"phony theology", "Ann Lee"}}},
		{"organisation by a proper name", "Ray Cole arrived late. \u201cWe reject the offer,\u201d the Taliban said.",
			[]said{{"We reject the offer", "the Taliban"}}},
		{"statement continued", "\u201cWe are shocked,\u201d Ann Lee said in a statement.\n\n\u201cWe will appeal,\u201d the statement continued.",
			[]said{{"We are shocked", "Ann Lee"}, {"We will appeal", "Ann Lee"}}},
		{"next paragraph continues speaker", "\u201cWe lost,\u201d Ann Lee said.\n\n\u201cBut we will be back.\u201d",
			[]said{{"We lost", "Ann Lee"}, {"But we will be back.", "Ann Lee"}}},
		{"block quote after colon", "Jo Park posted on Facebook, writing:\n\nThe plan is dead.",
			[]said{{"The plan is dead.", "Jo Park"}}},
		{"name before of", "Capt. Ron Dale of the State Highway Patrol said they had reached \u201ca turning point.\u201d",
			[]said{{"a turning point.", "Ron Dale"}}},
		{"passive participle is no attribution", "Jo Park said the talks described by officials \u201cwent nowhere.\u201d",
			[]said{{"went nowhere.", "Jo Park"}}},
		{"statement from an author", "\u201cWe are disappointed,\u201d said the statement from the senator\u2019s lawyer, Ann Berg.",
			[]said{{"We are disappointed", "Ann Berg"}}},
		{"no speaker", "The so-called \u201cpeace dividend\u201d never came.",
			[]said{{"peace dividend", ""}}},
		{"object of accused is no speaker", "Ann Lee accused Tom Hill of \u201cselling out the workers.\u201d",
			[]said{{"selling out the workers.", "Ann Lee"}}},
		{"object of accused after the quotation", "\u201cHe sold out the workers,\u201d Ann Lee said, accusing Tom Hill of betrayal.",
			[]said{{"He sold out the workers", "Ann Lee"}}},
		{"of X he said", "Ann Lee spoke at the rally. Of Tom Hill, she said: \u201cHe is a decent man.\u201d",
			[]said{{"He is a decent man.", "Ann Lee"}}},
		{"of X name said", "Of Tom Hill, Ann Lee said, \u201cHe is a decent man.\u201d",
			[]said{{"He is a decent man.", "Ann Lee"}}},
		{"response turn", "Reporters asked Ann Lee whether she would run again. Her response: \u201cWe will see what happens.\u201d",
			[]said{{"We will see what happens.", "Ann Lee"}}},
		{"question and answer turns", "Tom Hill was asked about the vote.\n\nQ: \u201cWill you resign?\u201d\n\nHill: \u201cNot today, not ever.\u201d",
			[]said{{"Will you resign?", ""}, {"Not today, not ever.", "Hill"}}},
		{"spokesman for an organisation", "\u201cWe are reviewing the report,\u201d said Jo Park, a spokesman for Acme Industries.",
			[]said{{"We are reviewing the report", "Jo Park"}}},
		{"spokesman for an organisation before", "Jo Park, a spokeswoman for the Acme Corp., said the firm was \u201creviewing the report.\u201d",
			[]said{{"reviewing the report.", "Jo Park"}}},
		{"words of an indictment", "Tom Hill was arrested on Monday. The indictment says he \u201cknowingly defrauded\u201d the bank.",
			[]said{{"knowingly defrauded", "The indictment"}}},
		{"words of a letter", "Ann Lee is the chair. In the letter, the group wrote that the plan was \u201ca disaster for the region.\u201d",
			[]said{{"a disaster for the region.", "the group"}}},
		{"words of a report", "Tom Hill led the inquiry. The report found the agency had been \u201cgrossly negligent in its duties.\u201d",
			[]said{{"grossly negligent in its duties.", ""}}},
		{"subject of noted speaks", "Ann Lee spoke on Monday. She noted that Tom Hill had also said the plan was sound, \u2018I think probably that\u2019s true.\u2019",
			[]said{{"I think probably that\u2019s true.", "Ann Lee"}}},
		{"party and state after name", "\"We will not back down,\" Rep. John Roe (R-Ore.) said.",
			[]said{{"We will not back down", "John Roe"}}},
		{"party and state after inverted name", "\u201cWe will not back down,\u201d said Sen. Ann Lee (D-Calif.), the committee chair.",
			[]said{{"We will not back down", "Ann Lee"}}},
		{"unattributed is not the nearest name", "Ann Lee arrived late.\n\n\u201cThe whole thing was a fiasco from start to finish.\u201d",
			[]said{{"The whole thing was a fiasco from start to finish.", ""}}},
		{"definite description for a title given in passing", "The daughters joined President Tom Hill at the ceremony. Before the meal, the president remarked that it was \u201cpuzzling that I do this.\u201d",
			[]said{{"puzzling that I do this.", "Tom Hill"}}},
		{"no inheriting across another subject", "\u201cWe won the vote today,\u201d Ann Lee said. Tom Hill shrugged with a nonchalant, \u201cNah, not really.\u201d",
			[]said{{"We won the vote today", "Ann Lee"}, {"Nah, not really.", ""}}},
		{"inheriting after the same subject", "\u201cWe won the vote today,\u201d Ann Lee said. She smiled, \u201cAnd we will win again.\u201d",
			[]said{{"We won the vote today. And we will win again.", "Ann Lee"}}},
		{"letter quoted whole", "Ann Lee, an aide, wrote that the girls should \u201cshow some class.\u201d Read the post:\n\nDear Sue and Kim, I know you are young. Show some class.\n\nLee later apologized.",
			[]said{{"show some class.", "Ann Lee"}, {"Dear Sue and Kim, I know you are young. Show some class.", "Ann Lee"}}},
		{"letter without a writer", "Read the letter:\n\nDear Sue, I know you are young.",
			[]said{{"Dear Sue, I know you are young.", ""}}},
		{"and added after reported speech", "Ann Lee spoke on Monday. She noted that Tom Hill had also said it was \u2018unlikely\u2019 and added, \u201cI think probably that\u2019s true.\u201d",
			[]said{{"unlikely", "Tom Hill"}, {"I think probably that\u2019s true.", "Ann Lee"}}},
		{"a spokesman for a body, then the name", "A spokesman for the National Committee, Brad Wood, said Mr. Steele was \u201cbetting against our troops.\u201d",
			[]said{{"betting against our troops.", "Brad Wood"}}},
		{"a relative clause inside the subject", "One Facebook user who lives near Austin, Tex., posted this update:\n\n\u201cIt has been really disconcerting to watch.\u201d",
			[]said{{"It has been really disconcerting to watch.", "One Facebook user"}}},
		{"a relative clause before the verb", "The man who lives next door said the fire was \u201cterrifying to watch.\u201d",
			[]said{{"terrifying to watch.", "The man"}}},
		{"a statement that claimed", "Former candidate Rick Stone, for example, put out a statement that claimed Obama \u201chas consistently fought against the plan.\u201d",
			[]said{{"has consistently fought against the plan.", "Rick Stone"}}},
		{"a letter is not the speaker before", "\u201cWe will win,\u201d Ann Lee said.\n\nThe letter said the plan was \u201ca disaster for the region.\u201d",
			[]said{{"We will win", "Ann Lee"}, {"a disaster for the region.", "The letter"}}},
		{"a role of a place is no place", "Later, the mayor of Springfield, Ill., suggested it was peddling \u201cbad food.\u201d",
			[]said{{"bad food.", "the mayor of Springfield"}}},
		{"the one a response comes from", "Ann Lee spoke first. Those comments drew a sharp response from Rev. Tom Hill of the Pastors Coalition. \u201cIt is a disgrace to this city,\u201d he told reporters in Springfield.",
			[]said{{"It is a disgrace to this city", "Tom Hill"}}},
		{"an organisation named with for", "\u201cIt was a stunning display of cowardice,\u201d said Democracy for America, a liberal group.",
			[]said{{"It was a stunning display of cowardice", "Democracy for America"}}},
		{"a participle after the subject's noun", "Over at the site, a post accompanying the video gives this commentary:\n\n\u201cExpect more of this from them.\u201d",
			[]said{{"Expect more of this from them.", "a post"}}},
		{"a name before a quotation that goes on in lower case", "Kessler, who faced only token opposition, said Hallett \u201chas spent this campaign talking to Washington interest groups.\u201d",
			[]said{{"has spent this campaign talking to Washington interest groups.", "Kessler"}}},
		{"who after a person set off by commas", "Ms. Ellison, 58, wrote the bill with Sen. Dale Hutchings, R-Kan., who told reporters that farmers were \u201crunning million-dollar equipment on a dial-up connection.\u201d",
			[]said{{"running million-dollar equipment on a dial-up connection.", "Dale Hutchings"}}},
		{"empty", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []said
			for _, f := range Find(tc.text) {
				got = append(got, said{f.Text, f.Speaker})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestFindSpans(t *testing.T) {
	text := "Ann Lee spoke. \u201cFirst,\u201d she said. \u201cSecond.\u201d\n\nShe left, saying \u201cbye.\u201d"
	for _, f := range Find(text) {
		if f.Start < 0 || f.End > len(text) || f.Start >= f.End {
			t.Fatalf("span [%d, %d) outside text of %d bytes", f.Start, f.End, len(text))
		}
		if !strings.HasPrefix(f.Text, text[f.Start:min(f.End, f.Start+3)]) {
			t.Errorf("span of %q starts at %q", f.Text, text[f.Start:f.End])
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"\u201cWe will win,\u201d Tom Lee said.",
		"\u201cA,\u201d he said. \u201cB.\u201d\n\n\u201cC\n\n\u201cD,\u201d said Ann.",
		"\"x\" \"y \u2018z\u2019 \u201c\u201d\u201d\u201c '",
		"He said: \n\nblock",
		"Ukraine\u2019s \u2018a\u2019 'b' \u00abc\u00bb \u201ed\u201c",
		"\u201c\u201c\u201c\u201d",
		"\xff\xfe\u201c",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, q := range Find(text) {
			if q.Start < 0 || q.Start > q.End || q.End > len(text) {
				t.Fatalf("span [%d, %d) outside text of %d bytes", q.Start, q.End, len(text))
			}
			if strings.TrimSpace(q.Text) == "" {
				t.Fatalf("empty quotation at [%d, %d)", q.Start, q.End)
			}
		}
	})
}
