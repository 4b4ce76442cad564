package sentence

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// NewsAbbreviations is a realistic abbreviation list for tests. The real list
// lives in the rule files' YAML; this one mirrors the recommended set.
func NewsAbbreviations() []string {
	return []string{
		// Places and bodies.
		"U.S.", "U.K.", "U.N.", "E.U.",
		// Titles and ranks (never end a sentence).
		"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr",
		"Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Cmdr.",
		"Sen.", "Rep.", "Gov.", "Pres.", "Prof.", "Rev.", "Hon.", "Fr.",
		"St.", "Mt.", "Ft.",
		// Name and company suffixes (can end a sentence).
		"Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Corp.", "Bros.", "Ph.D.",
		// Other.
		"No.", "Nos.", "vs.", "etc.", "e.g.", "i.e.", "approx.", "est.",
		"a.m.", "p.m.",
		// Months.
		"Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
	}
}

func texts(text string, spans []Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func TestSplit(t *testing.T) {
	news := New(NewsAbbreviations())
	empty := New(nil)
	tests := []struct {
		name string
		sp   *Splitter // nil means news
		in   string
		want []string
	}{
		// Basics.
		{name: "empty", in: "", want: []string{}},
		{name: "only white space", in: " \n\t\r\n  ", want: []string{}},
		{name: "one sentence", in: "The talks ended.", want: []string{"The talks ended."}},
		{name: "trim", in: "  \n The talks ended.  \n", want: []string{"The talks ended."}},
		{name: "paragraph", in: "The talks ended on Friday. Both sides claimed progress. A new round is planned for March.",
			want: []string{"The talks ended on Friday.", "Both sides claimed progress.", "A new round is planned for March."}},
		{name: "no terminator at end", in: "The talks ended. Officials did not say when they would resume",
			want: []string{"The talks ended.", "Officials did not say when they would resume"}},
		{name: "question and exclamation", in: "Will the deal hold? Nobody knows! Markets fell anyway.",
			want: []string{"Will the deal hold?", "Nobody knows!", "Markets fell anyway."}},
		{name: "interrobang run", in: "He said what?! The room went quiet.",
			want: []string{"He said what?!", "The room went quiet."}},
		{name: "digit starts sentence", in: "The vote was close. 52 senators backed it.",
			want: []string{"The vote was close.", "52 senators backed it."}},
		{name: "lower case does not start", in: "The ceasefire held. it was fragile.",
			want: []string{"The ceasefire held. it was fragile."}},

		// Quotes and brackets.
		{name: "closing quote belongs to sentence", in: `He said "it is over." Then she left.`,
			want: []string{`He said "it is over."`, "Then she left."}},
		{name: "sentence ending with quote", in: `The minister called it "a historic day."`,
			want: []string{`The minister called it "a historic day."`}},
		{name: "quoted question then lower case", in: "'Why now?' he asked. Nobody answered.",
			want: []string{"'Why now?' he asked.", "Nobody answered."}},
		{name: "quoted question then comma", in: `"Why now?", he asked.`,
			want: []string{`"Why now?", he asked.`}},
		{name: "next sentence opens with quote", in: `The deal collapsed. "We are disappointed," a spokesman said.`,
			want: []string{"The deal collapsed.", `"We are disappointed," a spokesman said.`}},
		{name: "closing bracket", in: "The index fell (its third weekly drop.) Traders were nervous.",
			want: []string{"The index fell (its third weekly drop.)", "Traders were nervous."}},
		{name: "bracket opens next sentence", in: "Prices rose. (Figures are provisional.) Wages lagged.",
			want: []string{"Prices rose.", "(Figures are provisional.)", "Wages lagged."}},

		// Abbreviations.
		{name: "title Gen.", in: "Gen. Randy George visited the base. He met troops.",
			want: []string{"Gen. Randy George visited the base.", "He met troops."}},
		{name: "titles Sen. Dr.", in: "Sen. Smith and Dr. Jones disagreed. Rep. Lee abstained.",
			want: []string{"Sen. Smith and Dr. Jones disagreed.", "Rep. Lee abstained."}},
		{name: "title never ends even before The", in: "He spoke to Dr. The board was not told.",
			want: []string{"He spoke to Dr. The board was not told."}},
		{name: "St. Petersburg", in: "The forum opened in St. Petersburg on Tuesday.",
			want: []string{"The forum opened in St. Petersburg on Tuesday."}},
		{name: "Mr without dot", in: "Mr Starmer met Mr. Macron. They spoke for an hour.",
			want: []string{"Mr Starmer met Mr. Macron.", "They spoke for an hour."}},
		{name: "U.S. mid-sentence", in: "U.S. officials said the U.S. Senate would vote.",
			want: []string{"U.S. officials said the U.S. Senate would vote."}},
		{name: "U.S. sentence-final", in: "The envoy held talks with the U.S. The envoy left on Monday.",
			want: []string{"The envoy held talks with the U.S.", "The envoy left on Monday."}},
		{name: "U.K. final before He", in: "She moved to the U.K. He stayed behind.",
			want: []string{"She moved to the U.K.", "He stayed behind."}},
		{name: "U.S. at end of text", in: "Sanctions were imposed by the U.S.",
			want: []string{"Sanctions were imposed by the U.S."}},
		{name: "U.S. before possessive and hyphen", in: "The U.S.'s position and the U.S.-led force were discussed.",
			want: []string{"The U.S.'s position and the U.S.-led force were discussed."}},
		{name: "a.m. and p.m.", in: "The strike began at 5 a.m. Tuesday and ended at 9 p.m. The unions claimed victory.",
			want: []string{"The strike began at 5 a.m. Tuesday and ended at 9 p.m.", "The unions claimed victory."}},
		{name: "A.M. case-insensitive", in: "Polls open at 7 A.M. Monday.",
			want: []string{"Polls open at 7 A.M. Monday."}},
		{name: "Inc. and Ltd.", in: "Acme Inc. The firm denied it. Shares in Widget Ltd. rose.",
			want: []string{"Acme Inc.", "The firm denied it.", "Shares in Widget Ltd. rose."}},
		{name: "Jr. before name-like word", in: "Martin Luther King Jr. Day is a holiday.",
			want: []string{"Martin Luther King Jr. Day is a holiday."}},
		{name: "etc. and e.g.", in: "Fuel, food, etc. were scarce. Some items, e.g. Medicine, ran out.",
			want: []string{"Fuel, food, etc. were scarce.", "Some items, e.g. Medicine, ran out."}},
		{name: "No. 5", in: "He was ranked No. 5 in the world. No. 10 Downing Street declined to comment.",
			want: []string{"He was ranked No. 5 in the world.", "No. 10 Downing Street declined to comment."}},
		{name: "month abbreviation", in: "The vote is set for Jan. 15. It could slip.",
			want: []string{"The vote is set for Jan. 15.", "It could slip."}},
		{name: "month abbreviation sentence-final", in: "The accord was signed in Sept. The next round starts in Oct. 2025.",
			want: []string{"The accord was signed in Sept.", "The next round starts in Oct. 2025."}},
		{name: "vs.", in: "The case, Smith vs. Jones, went to trial.",
			want: []string{"The case, Smith vs. Jones, went to trial."}},
		{name: "empty list splits Dr.", sp: empty, in: "Dr. Smith arrived.",
			want: []string{"Dr.", "Smith arrived."}},
		{name: "empty list still protects acronyms", sp: empty, in: "U.S. officials met at 9 a.m. Monday.",
			want: []string{"U.S. officials met at 9 a.m. Monday."}},
		{name: "unknown dotted acronym", in: "The U.A.E. The kingdom and Qatar also attended. The U.A.E. delegation left.",
			want: []string{"The U.A.E.", "The kingdom and Qatar also attended.", "The U.A.E. delegation left."}},

		// Initials.
		{name: "initials J. D.", in: "J. D. Vance spoke in Ohio.", want: []string{"J. D. Vance spoke in Ohio."}},
		{name: "middle initial", in: "John F. Kennedy was elected in 1960. He was 43.",
			want: []string{"John F. Kennedy was elected in 1960.", "He was 43."}},
		{name: "joined initials", in: "J.D. Vance and A. A. Milne.", want: []string{"J.D. Vance and A. A. Milne."}},
		{name: "letter before starter splits", in: "They backed Plan B. The rest abstained.",
			want: []string{"They backed Plan B.", "The rest abstained."}},

		// Numbers, URLs, ellipses.
		{name: "decimals and money", in: "About 1.5 million people fled. Aid of $3.2bn was pledged.",
			want: []string{"About 1.5 million people fled.", "Aid of $3.2bn was pledged."}},
		{name: "year then sentence", in: "It happened in 2019. Then it happened again.",
			want: []string{"It happened in 2019.", "Then it happened again."}},
		{name: "domain and email", in: "Details are at example.com and press@example.org. Read them.",
			want: []string{"Details are at example.com and press@example.org.", "Read them."}},
		{name: "url with query", in: "See https://news.example.com/a/b.html?id=3. The page loads slowly.",
			want: []string{"See https://news.example.com/a/b.html?id=3.", "The page loads slowly."}},
		{name: "ellipsis then lower case", in: "He paused... and then resigned.", want: []string{"He paused... and then resigned."}},
		{name: "ellipsis then capital", in: "We waited... Nothing happened.", want: []string{"We waited...", "Nothing happened."}},
		{name: "unicode ellipsis", in: "We waited… Nothing happened… or so it seemed.",
			want: []string{"We waited…", "Nothing happened… or so it seemed."}},
		{name: "spaced ellipsis", in: "He paused . . . and left.", want: []string{"He paused . . . and left."}},

		// Unicode.
		{name: "unicode sentence starts", in: "Talks resumed. Zelenskyy attended. Erdoğan hosted. Öztürk translated. Šefčovič watched.",
			want: []string{"Talks resumed.", "Zelenskyy attended.", "Erdoğan hosted.", "Öztürk translated.", "Šefčovič watched."}},
		{name: "unicode lower start does not split", in: "He met Erdoğan. über alles was the slogan.",
			want: []string{"He met Erdoğan. über alles was the slogan."}},
		{name: "euro sign starts", in: "The budget grew. €3 billion was added.",
			want: []string{"The budget grew.", "€3 billion was added."}},

		// Lines.
		{name: "headline then body", in: "Ukraine talks stall in Geneva\nThe envoy said no deal was near. Talks continue.",
			want: []string{"Ukraine talks stall in Geneva", "The envoy said no deal was near.", "Talks continue."}},
		{name: "headline blank line body", in: "Ukraine talks stall\n\nthe envoy said no deal was near.",
			want: []string{"Ukraine talks stall", "the envoy said no deal was near."}},
		{name: "soft wrap", in: "Talks with the Russian\nenvoy ended without a deal. Both sides\nblamed each other.",
			want: []string{"Talks with the Russian\nenvoy ended without a deal.", "Both sides\nblamed each other."}},
		{name: "soft wrap after function word", in: "The talks were held in\nGeneva over two days.",
			want: []string{"The talks were held in\nGeneva over two days."}},
		{name: "soft wrap after comma", in: "The minister, who arrived late,\nSaid little.",
			want: []string{"The minister, who arrived late,\nSaid little."}},
		{name: "line ending with terminator", in: "The talks ended.\nThe envoy flew home.",
			want: []string{"The talks ended.", "The envoy flew home."}},
		{name: "line ending with terminator then lower case", in: "'Why now?'\nhe asked.",
			want: []string{"'Why now?'\nhe asked."}},
		{name: "title at line end", in: "The unit is led by Gen.\nRandy George.",
			want: []string{"The unit is led by Gen.\nRandy George."}},
		{name: "U.S. at line end", in: "Sanctions came from the U.S.\nSenate leaders objected.",
			want: []string{"Sanctions came from the U.S.", "Senate leaders objected."}},
		{name: "blank line always splits", in: "He met Gen.\n\nRandy George later.",
			want: []string{"He met Gen.", "Randy George later."}},
		{name: "blank line with spaces", in: "First paragraph\n   \t \nsecond paragraph",
			want: []string{"First paragraph", "second paragraph"}},
		{name: "windows line endings", in: "Kyiv talks stall\r\nThe envoy left.\r\nTalks may\r\nresume.\r\n\r\nnext paragraph.\r\n",
			want: []string{"Kyiv talks stall", "The envoy left.", "Talks may\r\nresume.", "next paragraph."}},
		{name: "lone carriage returns", in: "Headline\rThe body.\r\rMore.",
			want: []string{"Headline", "The body.", "More."}},
		{name: "bullet list", in: "The plan says:\n- Ukraine would keep its army\n- Russia would withdraw\n- talks would follow.\nCritics objected.",
			want: []string{"The plan says:", "- Ukraine would keep its army", "- Russia would withdraw", "- talks would follow.", "Critics objected."}},
		{name: "bullets after sentence", in: "Key points. - First point. - Second point.",
			want: []string{"Key points.", "- First point.", "- Second point."}},
		{name: "star and dot bullets", in: "Main points\n* Prices rose\n• Wages fell\nEnd of list.",
			want: []string{"Main points", "* Prices rose", "• Wages fell", "End of list."}},
		{name: "bullet wraps", in: "- Ukraine would keep\n  its army\n- Russia would not.",
			want: []string{"- Ukraine would keep\n  its army", "- Russia would not."}},
		{name: "bullet after soft line end", in: "The plan covers the\n- army",
			want: []string{"The plan covers the", "- army"}},
		{name: "numbered list", in: "Demands:\n1. A ceasefire\n2. Prisoner swaps.\n3. New talks.",
			want: []string{"Demands:", "1. A ceasefire", "2. Prisoner swaps.", "3. New talks."}},
		{name: "markdown heading", in: "# Ukraine talks\nThe talks ended.\n## Reaction\nMarkets rose.",
			want: []string{"# Ukraine talks", "The talks ended.", "## Reaction", "Markets rose."}},
		{name: "line separators", in: "Headline\u2028The body.\u2029second para.",
			want: []string{"Headline", "The body.", "second para."}},
		{name: "unicode spaces trimmed", in: "\u3000The talks ended.\u2003Both sides left.\u00a0",
			want: []string{"The talks ended.", "Both sides left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp := tt.sp
			if sp == nil {
				sp = news
			}
			got := texts(tt.in, sp.Split(tt.in))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			checkSpans(t, tt.in, sp.Split(tt.in))
		})
	}
}

func TestStops(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := strings.IndexByte(".!?\n\r\xe2", byte(c)) >= 0
		if got := stops[c] != 0; got != want {
			t.Errorf("stops[%#x] = %v, want %v", c, got, want)
		}
	}
}

func TestZeroAndNilSplitter(t *testing.T) {
	const in = "Dr. Smith arrived. He left."
	want := []string{"Dr.", "Smith arrived.", "He left."}
	var zero Splitter
	if got := texts(in, zero.Split(in)); !reflect.DeepEqual(got, want) {
		t.Errorf("zero Splitter: got %q, want %q", got, want)
	}
	var nilSp *Splitter
	if got := texts(in, nilSp.Split(in)); !reflect.DeepEqual(got, want) {
		t.Errorf("nil Splitter: got %q, want %q", got, want)
	}
}

func TestNewEntries(t *testing.T) {
	// Entries without the final dot, with spaces, empty or too long are handled.
	sp := New([]string{" Gen ", "", ".", strings.Repeat("x", 40) + ".", "approx."})
	const in = "Gen. Smith said approx. Ten people came. APPROX. Five left."
	want := []string{"Gen. Smith said approx. Ten people came.", "APPROX. Five left."}
	if got := texts(in, sp.Split(in)); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// checkSpans checks the invariants every result must keep.
func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("span %d %v out of order, out of bounds or empty (prev end %d, len %d)", i, s, prev, len(text))
		}
		sub := text[s.Start:s.End]
		if r, _ := utf8.DecodeRuneInString(sub); unicode.IsSpace(r) {
			t.Fatalf("span %d %q starts with white space", i, sub)
		}
		if r, _ := utf8.DecodeLastRuneInString(sub); unicode.IsSpace(r) {
			t.Fatalf("span %d %q ends with white space", i, sub)
		}
		prev = s.End
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"", ".", "...", "?!", "\n\n", "\r\n\r\n", "U.S. The", "Gen.\nRandy", "- a\n- b",
		`He said "it is over." Then she left.`, "1. First\n2. Second", "a\u2028b\u2029c",
		"We waited… Nothing", "\xe2\x80", "\xe2\x80\xa6", "x.\xc2\x85Y", " \u3000 ", "J. D. Vance",
		"'Why now?' he asked.", "Talks with the Russian\nenvoy said",
	} {
		f.Add(s)
	}
	sp := New(NewsAbbreviations())
	empty := New(nil)
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, sp.Split(text))
		checkSpans(t, text, empty.Split(text))
	})
}

// benchText builds about size bytes of varied, made-up news-like text:
// headlines, paragraphs, quotes, bullets, abbreviations, numbers and wraps.
func benchText(size int) string {
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	// dot ends a sentence with '.', unless it already ends with one ("p.m.").
	dot := func(s string) string {
		if strings.HasSuffix(s, ".") {
			return s
		}
		return s + "."
	}
	people := []string{"Gen. Alma Reyes", "Sen. Tomas Berg", "Dr. Ines Okafor", "Mr. Pavel Lind", "Ms. Hana Ito",
		"J. D. Carver", "Prof. Lena Vogt", "Gov. Ray Dunmore", "Col. Ada Nwosu", "Mrs. Oona Price", "Erdoğan Kaya", "Zofia Öberg"}
	places := []string{"the U.S.", "the U.K.", "St. Albans", "Vellmar", "the E.U.", "Port Kessel", "Lake Orvin", "the U.N."}
	verbs := []string{"said", "told reporters", "warned", "insisted", "wrote in a statement", "added"}
	nums := []string{"1.5 million", "$3.2bn", "42", "No. 7", "about 600", "19%", "€4.1 billion", "12,500"}
	times := []string{"at 6 a.m. Tuesday", "by 9 p.m.", "on Jan. 12", "in Sept. 2023", "since Oct. 3", "late on Friday"}
	openers := []string{"The", "However,", "Meanwhile,", "In a statement,", "After the vote,", "Later,", "Then"}
	var b strings.Builder
	for b.Len() < size {
		// Headline.
		b.WriteString("Talks in " + pick(places)[0:] + " stall over " + pick(nums) + " plan\n")
		if rng.IntN(2) == 0 {
			b.WriteString("\n")
		}
		paras := 2 + rng.IntN(4)
		for p := 0; p < paras; p++ {
			sents := 2 + rng.IntN(4)
			for s := 0; s < sents; s++ {
				switch rng.IntN(7) {
				case 0:
					b.WriteString(`"We will not accept ` + pick(nums) + ` of anything," ` + pick(people) + " " + pick(verbs) + ".")
				case 1:
					b.WriteString("'Why now?' asked " + pick(people) + ", who met envoys " + dot(pick(times)))
				case 2:
					b.WriteString(pick(openers) + " talks with " + pick(places) + " resumed " + pick(times) + ", and\nofficials expected " + pick(nums) + " in aid.")
				case 3:
					b.WriteString("Data from example.org showed " + pick(nums) + " people, i.e. more than planned... and rising!")
				case 4:
					b.WriteString(pick(people) + " " + pick(verbs) + " that " + pick(places) + " would pay " + pick(nums) + ".")
				case 5:
					b.WriteString("Is the deal dead? " + pick(people) + " " + pick(verbs) + " it was not.")
				default:
					b.WriteString(pick(openers) + " ministers met " + pick(people) + " in " + pick(places) + " " + dot(pick(times)) + " ")
					b.WriteString("They left " + dot(pick(times)))
				}
				b.WriteByte(' ')
			}
			if rng.IntN(4) == 0 {
				b.WriteString("\nThe plan includes:\n- a ceasefire of " + pick(nums) + " days\n- talks in " + pick(places) + "\n- aid worth " + pick(nums) + ".")
			}
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkSplit(b *testing.B) {
	text := benchText(50 << 10)
	sp := New(NewsAbbreviations())
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(sp.Split(text))
	}
	b.ReportMetric(float64(n), "sentences/op")
}
