package persons

import (
	"fmt"
	"strings"
	"testing"

	"factdiff"
	"factdiff/facts"
	"factdiff/names"
)

func defaultPack(t testing.TB) *facts.Pack {
	t.Helper()
	p, err := facts.LoadPack([]facts.RuleFile{{Path: "rules.yaml", Data: factdiff.DefaultRules(), Default: true}})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func comparer(t testing.TB, p *facts.Pack) *names.Comparer {
	t.Helper()
	c, err := NewComparer(p)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// extract reads each text as a source of its own, with mentions.
func extract(t testing.TB, p *facts.Pack, texts ...string) []facts.Mention {
	t.Helper()
	x, err := facts.NewExtractor(p)
	if err != nil {
		t.Fatal(err)
	}
	x = x.WithMentions(NewFinder(p).Find)
	var ms []facts.Mention
	for i, text := range texts {
		r := x.Extract(fmt.Sprintf("src-%c.txt", 'a'+i), []byte(text))
		ms = append(ms, r.Mentions...)
	}
	return ms
}

// TestFindPeople runs sentences through the whole names pass: the finder,
// then the clustering that keeps or drops one-word names. Context is an
// earlier sentence of the same source (a full name a surname can refer
// to); only the people of the sentence itself are checked. Each want is
// "Name" or "Name=role".
func TestFindPeople(t *testing.T) {
	p := defaultPack(t)
	c := comparer(t, p)
	cases := []struct {
		name, context, sentence string
		want                    []string
	}{
		// Roles before the name.
		{"title", "", "President Lena Varga opened the summit on Monday.", []string{"Lena Varga=President"}},
		{"qualified title", "", "U.S. Special Envoy Tom Harlow landed in Vienna late on Sunday.", []string{"Tom Harlow=U.S. Special Envoy"}},
		{"department and office", "", "Navy Secretary Paul Ormond toured the shipyard with reporters.", []string{"Paul Ormond=Navy Secretary"}},
		{"dotted rank", "", "Gen. Marta Quill inspected the border posts twice this week.", []string{"Marta Quill=Gen."}},
		{"of domain", "", "Secretary of State Ellen Marsh flew on to Cairo.", []string{"Ellen Marsh=Secretary of State"}},
		{"demonym qualifier", "", "The talks were hosted by Kazakh President Timur Abenov in Astana.", []string{"Timur Abenov=Kazakh President"}},
		{"possessive qualifier", "", "Finland's Foreign Minister Aino Keskinen arrived first.", []string{"Aino Keskinen=Finland's Foreign Minister"}},
		{"honorific after role", "", "UK Prime Minister Sir Alan Pryce hosted the dinner.", []string{"Alan Pryce=UK Prime Minister"}},
		{"initials and two people", "", "Vice President J. R. Colby and Senator Maya Ortiz met donors in Ohio.", []string{"J. R. Colby=Vice President", "Maya Ortiz=Senator"}},
		{"role noun outside titles", "", "Attorney General Ruth Baines will review the case.", []string{"Ruth Baines=Attorney General"}},
		{"former", "", "Former president Anton Brel was not invited to the ceremony.", []string{"Anton Brel=Former president"}},
		{"honorific only", "", "Critics of Mr Dorrell's plan say it costs too much.", []string{"Dorrell=Mr"}},
		// Roles in apposition.
		{"apposition after", "", "Ines Larrow, head of the port authority, said repairs would take months.", []string{"Ines Larrow=head of the port authority"}},
		{"apposition with possessive", "", "Pavel Drozd, Belarus's top prosecutor, declined to comment.", []string{"Pavel Drozd=Belarus's top prosecutor"}},
		{"apposition with the", "", "Ilya Sorin, the Kremlin's spokesman, called the report speculation.", []string{"Ilya Sorin=Kremlin's spokesman"}},
		{"role before a comma", "", "The mission is led by the Army chief of staff, Gen. Omar Haddad, who arrived on Friday.", []string{"Omar Haddad=Gen., Army chief of staff"}},
		{"place possessive role", "", "On Thursday the Velmar governor, Rosa Quint, ordered an evacuation.", []string{"Rosa Quint=Velmar governor"}},
		{"initial word then apposition", "", "Yesterday Nadia Kamau, the Kenyan trade minister, signed the deal.", []string{"Nadia Kamau=Kenyan trade minister"}},
		{"opening clause is no role", "Governor Rosa Quint spoke first.", "After briefing the president, Quint left for the coast.", []string{"Quint"}},
		{"clause is no apposition", "", "After talks with Lena Varga, the delegation met the president on Friday.", []string{"Lena Varga"}},
		{"name as qualifier", "President Lena Varga spoke.", "Varga adviser Jonas Weir said the vote would wait.", []string{"Varga", "Jonas Weir=Varga adviser"}},
		{"unnamed role holder", "Army Secretary Dan Driscoll arrived.", "Driscoll met the president's chief of staff at noon.", []string{"Driscoll"}},
		{"apposition with a domain", "", "Ines Larrow, a spokeswoman for the Red Crescent, said crews were tired.", []string{"Ines Larrow=a spokeswoman for the Red Crescent"}},
		{"list with a domain role", "", "The panel heard Lena Varga, Secretary of State Ellen Marsh and Lea Fenn.", []string{"Lena Varga", "Ellen Marsh=Secretary of State", "Lea Fenn"}},
		{"place prefix in the name", "", "Floods cut the road to Upper Lomond and North Calder.", nil},
		{"list is no apposition", "", "The panel heard Jonas Weir, Senator Maya Ortiz and Lea Fenn.", []string{"Jonas Weir", "Maya Ortiz=Senator", "Lea Fenn"}},
		// Possessives and one-word names.
		{"possessive", "President Lena Varga flew home.", "Varga's office confirmed the visit on Friday.", []string{"Varga"}},
		{"surname at sentence start", "Envoy Tom Harlow met officials.", "Harlow told them the meeting had been useful.", []string{"Harlow"}},
		{"speech verb", "", "The delegation waited for an hour, Harlow said.", []string{"Harlow"}},
		{"speech verb after filler", "", "The plan is dead, Sorin also told reporters.", []string{"Sorin"}},
		{"function word before name", "Councillor Vera Orlova opposed it.", "Despite Orlova's objections, the council voted to proceed.", []string{"Orlova"}},
		{"particles", "", "Jean-Luc Moreau and Ana de la Cruz co-chaired the panel.", []string{"Jean-Luc Moreau", "Ana de la Cruz"}},
		{"dash opening", "", "KYIV, March 3 (Wirefeed) - The talks resumed and President Lena Varga spoke.", []string{"Lena Varga=President"}},
		// Not people.
		{"officials said", "", "Officials said the bridge would reopen on Sunday.", nil},
		{"news agency", "", "Reuters reported that the Kremlin had not responded.", nil},
		{"place after in", "", "Talks in Geneva resumed after a pause of two weeks.", nil},
		{"white house", "", "The White House declined to comment on Tuesday.", nil},
		{"capital as government", "", "Ankara has offered to host a second round of talks.", nil},
		{"storm and place", "", "Storm Edda flooded the valley near Lower Brenn overnight.", nil},
		{"headline case", "", "Key Talks Resume In Vienna As Deadline Nears", nil},
		{"headline without function words", "", "Envoy Harlow Meets Varga Aides", nil},
		{"outlets", "", "In Kyiv, reporters from NBC News and Politico waited outside.", nil},
		{"country names", "", "Saudi Arabia and the United Arab Emirates sent observers.", nil},
		{"place prefix", "", "Witnesses near Port Calder said the water rose quickly.", nil},
		{"organisation", "", "The Provincial Disaster Relief Agency opened six shelters.", nil},
		{"days and months", "", "On Monday, March 3, the Senate met again.", nil},
		{"groups", "", "Hamas and Hezbollah were not mentioned in the communique.", nil},
		{"source attribution", "", "According to Politico, the plan was drafted in Miami.", nil},
		{"title without name", "", "Thank you, Mr President, for the invitation.", nil},
		{"sentence-initial word", "", "Overnight strikes hit Kharkiv and Odesa.", nil},
		{"hyphenated places", "", "The Russia-Ukraine talks and the Trump-era deal were discussed.", nil},
		{"demonyms", "", "Ukrainian and Russian delegates met European diplomats.", nil},
		{"adverb at start", "", "Previously, the ministry said nothing.", nil},
		{"capitalised words in quotes", "", "\"Nobody Knows Yet,\" a banner read.", nil},
	}
	if len(cases) < 30 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.sentence + "\n"
			if tc.context != "" {
				text = tc.context + "\n\n" + text
			}
			var got []string
			for _, pp := range Cluster(extract(t, p, text), c) {
				for _, m := range pp.Mentions {
					if m.Sentence != tc.sentence {
						continue
					}
					g := m.Name
					if m.Role != "" {
						g += "=" + m.Role
					}
					got = append(got, g)
				}
			}
			if strings.Join(sorted(got), "|") != strings.Join(sorted(tc.want), "|") {
				t.Errorf("%q\n got %q\nwant %q", tc.sentence, got, tc.want)
			}
		})
	}
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// TestFindSpans checks the byte offsets the finder returns: the possessive
// is left out, and the span points into the sentence.
func TestFindSpans(t *testing.T) {
	f := NewFinder(defaultPack(t))
	s := "Zelenskiy's office said Kremlin spokesman Dmitry Peskov's remarks were noted."
	got := f.Find(s)
	var names []string
	for _, m := range got {
		names = append(names, s[m.Start:m.End]+"="+m.Role)
	}
	want := []string{"Zelenskiy=", "Dmitry Peskov=Kremlin spokesman"}
	if strings.Join(names, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", names, want)
	}
	if f.Find("") != nil || f.Find("   ") != nil {
		t.Error("an empty sentence names someone")
	}
}
