package persons

import (
	"encoding/json"
	"strings"
	"testing"

	"factdiff"
	"factdiff/compare"
	"factdiff/facts"
)

// byName finds the person whose spellings include a written form.
func byName(people []*Person, written string) *Person {
	for _, p := range people {
		for _, sp := range p.Spellings {
			for _, w := range sp.Written {
				if w == written {
					return p
				}
			}
		}
	}
	return nil
}

func mentionNames(p *Person) []string {
	var out []string
	for _, m := range p.Mentions {
		out = append(out, strings.TrimSuffix(m.Source, ".txt")+":"+m.Name)
	}
	return out
}

func TestCluster(t *testing.T) {
	p := defaultPack(t)
	ms := extract(t, p,
		"President Oleksiy Hrynko met Envoy Tom Harlow in Vienna. Hrynko said the talks had gone well.\n\nKremlin spokesman Dmitry Sorin declined to comment.\n",
		"President Oleksii Hrynko spoke to Tom Harlow by phone on Friday.\n\nDmitry Bakov, a Kremlin adviser, was also on the call.\n",
		"Envoy Tom Harrow arrived late. Hrynko told reporters he was hopeful.\n",
	)
	people := Cluster(ms, comparer(t, p))
	hrynko := byName(people, "Oleksiy Hrynko")
	if hrynko == nil || byName(people, "Oleksii Hrynko") != hrynko {
		t.Fatalf("Oleksiy and Oleksii Hrynko are not one person: %v", people)
	}
	// The surname joins the full name in its source (a) and, where its
	// source has no full name (c), the one full name of another source.
	if got, want := strings.Join(mentionNames(hrynko), " "), "src-a:Oleksiy Hrynko src-a:Hrynko src-b:Oleksii Hrynko src-c:Hrynko"; got != want {
		t.Errorf("Hrynko mentions %q, want %q", got, want)
	}
	if hrynko.Verdict != compare.Variant {
		t.Errorf("Hrynko: %s (%s), want variant", hrynko.Verdict, hrynko.Reason)
	}
	// One first name is not one person.
	if s, b := byName(people, "Dmitry Sorin"), byName(people, "Dmitry Bakov"); s == nil || b == nil || s == b {
		t.Errorf("Dmitry Sorin and Dmitry Bakov must be two people")
	}
	// A garble named in the same role joins, as a conflict with the outlier.
	h := byName(people, "Tom Harlow")
	if h == nil || byName(people, "Tom Harrow") != h {
		t.Fatalf("Tom Harlow and Tom Harrow (both envoy) are not one person")
	}
	if h.Verdict != compare.Conflict || !strings.Contains(h.Reason, "possible garble") || len(h.Outliers) != 1 || h.Outliers[0] != "src-c.txt" {
		t.Errorf("Harlow: %s (%s), outliers %v; want a possible garble with src-c.txt the outlier", h.Verdict, h.Reason, h.Outliers)
	}
	if h.Name != "Tom Harlow" {
		t.Errorf("Harlow shown as %q, want the majority spelling", h.Name)
	}
	if len(people) != 4 {
		var ns []string
		for _, pp := range people {
			ns = append(ns, pp.Name)
		}
		t.Errorf("%d people %q, want 4", len(people), ns)
	}
}

func TestClusterGarbleNeedsSharedRole(t *testing.T) {
	p := defaultPack(t)
	people := Cluster(extract(t, p,
		"Envoy Tom Harlow arrived in Vienna.\n",
		"Envoy Tom Harlow left Vienna on Friday.\n",
		"Tom Harrow, a local farmer, watched the convoy pass.\n",
	), comparer(t, p))
	if h := byName(people, "Tom Harlow"); h == nil || h == byName(people, "Tom Harrow") {
		t.Fatalf("Tom Harlow (envoy) and Tom Harrow (no shared role) must stay apart")
	}
	if h := byName(people, "Tom Harlow"); h.Verdict != compare.Agree {
		t.Errorf("Harlow: %s, want agree", h.Verdict)
	}
}

func TestClusterSurnameNearest(t *testing.T) {
	p := defaultPack(t)
	people := Cluster(extract(t, p,
		"Anna Berg chairs the board of the fund. Berg said the vote would go ahead.\n\nLars Berg, her brother, disagreed. Berg said he would resign.\n",
		"Berg declined to comment when asked.\n",
	), comparer(t, p))
	anna, lars := byName(people, "Anna Berg"), byName(people, "Lars Berg")
	if anna == nil || lars == nil || anna == lars {
		t.Fatal("Anna and Lars Berg must be two people")
	}
	if len(anna.Mentions) != 2 || len(lars.Mentions) != 2 {
		t.Errorf("Anna %q, Lars %q: each surname must go to the nearest full name before it", mentionNames(anna), mentionNames(lars))
	}
	// In src-b, "Berg" could be either: it is dropped.
	for _, pp := range people {
		for _, m := range pp.Mentions {
			if m.Source == "src-b.txt" {
				t.Errorf("ambiguous surname in src-b given to %s", pp.Name)
			}
		}
	}
}

// packWith loads the default pack and a user file.
func packWith(t *testing.T, yaml string) *facts.Pack {
	t.Helper()
	p, err := facts.LoadPack([]facts.RuleFile{
		{Path: "rules.yaml", Data: factdiff.DefaultRules(), Default: true},
		{Path: "house.yaml", Data: []byte(yaml)},
	})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestVerdicts(t *testing.T) {
	cases := []struct {
		name       string
		house      string // a user rule file, or ""
		texts      []string
		person     string // a written form of the person checked
		verdict    compare.Verdict
		suggestion string
		shown      string // the name shown
	}{
		{"agree", "", []string{"Governor Rosa Quint spoke.\n", "Governor Rosa Quint left.\n"}, "Rosa Quint", compare.Agree, "", "Rosa Quint"},
		{"initials agree", "", []string{"Vice President J. R. Colby spoke.\n", "Vice President JR Colby left.\n"}, "JR Colby", compare.Agree, "", "J. R. Colby"},
		{"single source", "", []string{"Governor Rosa Quint spoke.\n", "The storm passed.\n"}, "Rosa Quint", compare.Single, "", "Rosa Quint"},
		{"variant, majority", "", []string{"Envoy Kirill Vasiliev spoke.\n", "Envoy Kirill Vasiliev left.\n", "Envoy Kirill Vasiliyev stayed.\n"}, "Kirill Vasiliyev", compare.Variant, "Kirill Vasiliev", "Kirill Vasiliev"},
		{"variant, tie", "", []string{"Envoy Kirill Vasiliev spoke.\n", "Envoy Kirill Vasiliyev stayed.\n"}, "Kirill Vasiliyev", compare.Variant, "", "Kirill Vasiliev"},
		{"diacritics", "", []string{"Mayor Kemal Öztürk spoke.\n", "Mayor Kemal Ozturk left.\n", "Mayor Kemal Ozturk stayed.\n"}, "Kemal Öztürk", compare.Variant, "Kemal Ozturk", "Kemal Ozturk"},
		{"surname only variant", "", []string{"President Oleksiy Hrynko spoke.\n", "President Oleksiy Hrynko left.\n", "Hrynkoh said nothing.\n"}, "Oleksiy Hrynko", compare.Agree, "", "Oleksiy Hrynko"},
		{"alias is house style", "version: 1\naliases:\n  - canonical: Kirill Vasiliyev\n    spellings: [Kirill Vasiliev]\n",
			[]string{"Envoy Kirill Vasiliev spoke.\n", "Envoy Kirill Vasiliev left.\n", "Envoy Kirill Vasiliyev stayed.\n"}, "Kirill Vasiliev", compare.Variant, "Kirill Vasiliyev", "Kirill Vasiliyev"},
		{"alias on agreement", "version: 1\naliases:\n  - canonical: Kirill Vasiliyev\n    spellings: [Kirill Vasiliev]\n",
			[]string{"Envoy Kirill Vasiliev spoke.\n", "Envoy Kirill Vasiliev left.\n"}, "Kirill Vasiliev", compare.Agree, "Kirill Vasiliyev", "Kirill Vasiliyev"},
		{"garble", "", []string{"Governor Mirela Stan spoke.\n", "Governor Mirela Stan left.\n", "Governor Mirela Stann stayed.\n"}, "Mirela Stann", compare.Conflict, "", "Mirela Stan"},
		{"garble, tie", "", []string{"Governor Mirela Stan spoke.\n", "Governor Mirela Stann stayed.\n"}, "Mirela Stann", compare.Conflict, "", "Mirela Stan"},
		{"marked distinct", "version: 1\ndistinct:\n  - [Mirela Stan, Mirela Stann]\n",
			[]string{"Governor Mirela Stan spoke.\n", "Governor Mirela Stan left.\n", "Governor Mirela Stann stayed.\n"}, "Mirela Stann", compare.Single, "", "Mirela Stann"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := defaultPack(t)
			if tc.house != "" {
				p = packWith(t, tc.house)
			}
			r, err := Check(p, extract(t, p, tc.texts...))
			if err != nil {
				t.Fatal(err)
			}
			pp := byName(r.People, tc.person)
			if pp == nil {
				t.Fatalf("no person %q", tc.person)
			}
			if pp.Verdict != tc.verdict || pp.Suggestion != tc.suggestion || pp.Name != tc.shown {
				t.Errorf("%s (%s), suggestion %q, shown %q; want %s, %q, %q", pp.Verdict, pp.Reason, pp.Suggestion, pp.Name, tc.verdict, tc.suggestion, tc.shown)
			}
			var spelled []string
			for _, sp := range pp.Spellings {
				spelled = append(spelled, sp.Name)
			}
			if (tc.verdict == compare.Variant || tc.verdict == compare.Conflict) && len(spelled) < 2 {
				t.Errorf("a %s shows one spelling: %q", tc.verdict, spelled)
			}
		})
	}
}

// TestVerdictReasons checks what an editor reads for a garble and a variant.
func TestVerdictReasons(t *testing.T) {
	p := defaultPack(t)
	r, err := Check(p, extract(t, p,
		"Governor Mirela Stan spoke.\n", "Governor Mirela Stan left.\n", "Governor Mirela Stann stayed.\n",
		"Envoy Kirill Vasiliev spoke.\n", "Envoy Kirill Vasiliev left.\n", "Envoy Kirill Vasiliyev stayed.\n",
	))
	if err != nil {
		t.Fatal(err)
	}
	g := byName(r.People, "Mirela Stann")
	if want := "possible garble: same first name, surname differs (1 edit): stan / stann; both named as governor; 2 of 3 sources write Mirela Stan"; g.Reason != want {
		t.Errorf("garble reason %q, want %q", g.Reason, want)
	}
	if len(g.Outliers) != 1 || g.Outliers[0] != "src-c.txt" {
		t.Errorf("outliers %v, want src-c.txt", g.Outliers)
	}
	v := byName(r.People, "Kirill Vasiliyev")
	if want := "Kirill Vasiliev vs Kirill Vasiliyev (same after fold -yev→-ev); use Kirill Vasiliev, as 2 of 3 sources do"; v.Reason != want {
		t.Errorf("variant reason %q", v.Reason)
	}
	// Conflicts first, then variants.
	if r.People[0] != g || r.People[1] != v {
		t.Errorf("order: %s, %s", r.People[0].Name, r.People[1].Name)
	}
	if !r.Fails(compare.FailOn{}) && !r.Fails(mustFailOn(t, "conflict")) {
		t.Error("a garble does not fail --fail-on conflict")
	}
}

func mustFailOn(t *testing.T, s string) compare.FailOn {
	t.Helper()
	f, err := compare.ParseFailOn(s)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestFails(t *testing.T) {
	p := defaultPack(t)
	check := func(texts ...string) *Result {
		r, err := Check(p, extract(t, p, texts...))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	variant := check("Envoy Kirill Vasiliev spoke.\n", "Envoy Kirill Vasiliyev stayed.\n")
	agree := check("Governor Rosa Quint spoke.\n", "Governor Rosa Quint left.\n", "Mayor Ana Ruiz waved.\n")
	cases := []struct {
		r      *Result
		failOn string
		want   bool
	}{
		{variant, "conflict", false},
		{variant, "variant", true},
		{variant, "never", false},
		{agree, "single", false}, // a person one source names is not an unconfirmed fact
		{agree, "compatible", false},
		{nil, "variant", false},
	}
	for _, c := range cases {
		if got := c.r.Fails(mustFailOn(t, c.failOn)); got != c.want {
			t.Errorf("--fail-on %s: %v, want %v", c.failOn, got, c.want)
		}
	}
	if n := len(agree.Shown(false)); n != 0 {
		t.Errorf("without --all %d people shown, want 0", n)
	}
	if n := len(agree.Shown(true)); n != 2 {
		t.Errorf("with --all %d people shown, want 2", n)
	}
}

func TestRoles(t *testing.T) {
	p := defaultPack(t)
	cases := []struct {
		name  string
		texts []string
		want  string // "role: holder/holder" per clash, joined by "; "
	}{
		{"one role, two people", []string{
			"Kremlin spokesman Ilya Sorin said nothing.\n",
			"Ilya Sorin, the Kremlin's spokesman, repeated it.\n",
			"Kremlin spokesman Pavel Lutov denied it.\n",
		}, "Kremlin spokesman: Ilya Sorin/Pavel Lutov"},
		{"jurisdiction words fold", []string{
			"U.S. Special Envoy Tom Harlow arrived.\n",
			"The White House envoy, Jonas Weir, arrived.\n",
		}, "U.S. Special Envoy: Tom Harlow/Jonas Weir"},
		{"role specific by itself", []string{
			"Army Secretary Dan Ellis flew in.\n",
			"Army Secretary Mark Dray flew in.\n",
		}, "Army Secretary: Dan Ellis/Mark Dray"},
		{"president is held by many", []string{
			"President Lena Varga spoke.\n",
			"President Anton Brel spoke.\n",
		}, ""},
		{"other countries", []string{
			"French Foreign Minister Luc Tallis spoke.\n",
			"German Foreign Minister Jan Kolbe spoke.\n",
		}, ""},
		{"a portfolio is needed", []string{
			"US Secretary Ellen Marsh spoke.\n",
			"US Secretary Mark Dray spoke.\n",
		}, ""},
		{"former holder", []string{
			"Kremlin spokesman Ilya Sorin said nothing.\n",
			"Former Kremlin spokesman Pavel Lutov laughed.\n",
		}, ""},
		{"one of several", []string{
			"Ilya Sorin, a Kremlin spokesman, said nothing.\n",
			"Pavel Lutov, a Kremlin spokesman, laughed.\n",
		}, ""},
		{"shared in one source", []string{
			"Kremlin spokesman Ilya Sorin and Kremlin spokesman Pavel Lutov both spoke.\n",
			"Kremlin spokesman Pavel Lutov spoke again.\n",
		}, ""},
		{"a source names both", []string{
			"Kremlin spokesman Ilya Sorin said nothing.\n",
			"Kremlin spokesman Pavel Lutov denied it. Ilya Sorin, an aide, agreed.\n",
		}, ""},
		{"ranks and advisers", []string{
			"Gen. Omar Haddad spoke.\n",
			"Gen. Marta Quill spoke.\n",
			"Kremlin adviser Ilya Sorin spoke.\n",
			"Kremlin adviser Pavel Lutov spoke.\n",
		}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Check(p, extract(t, p, tc.texts...))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, rc := range r.Roles {
				var hs []string
				for _, h := range rc.Holders {
					hs = append(hs, h.Person)
				}
				got = append(got, rc.Role+": "+strings.Join(hs, "/"))
			}
			if strings.Join(got, "; ") != tc.want {
				t.Errorf("got %q, want %q", strings.Join(got, "; "), tc.want)
			}
			if tc.want != "" && r.Count(compare.Conflict) < 1 {
				t.Error("a role given to two people is not counted as a conflict")
			}
		})
	}
}

func TestRoleKey(t *testing.T) {
	cases := []struct{ role, want string }{
		{"U.S. Special Envoy", "envoy|us"},
		{"White House envoy", "envoy|us"},
		{"Kremlin spokesman", "spokesperson|russia"},
		{"the Kremlin's spokesman", "spokesperson|russia"},
		{"Kremlin spokesperson", "spokesperson|russia"},
		{"Turkish President", "president|turkey"},
		{"President of Ukraine", "president|ukraine"},
		{"Secretary of State", "secretary of state|"},
		{"US Secretary of State", "secretary of state|us"},
		{"Army Secretary", "army secretary|"},
		{"US Army Chief of Staff", "army chief of staff|us"},
		{"Army chief of staff", "army chief of staff|"},
		{"German Foreign Minister", "foreign minister|germany"},
		{"Germany's Foreign Minister", "foreign minister|germany"},
		{"UK Prime Minister", "prime minister|uk"},
		{"head of the Provincial Disaster Management Agency", "head|provincial disaster management agency"},
		{"Port Ardent's mayor", "mayor|port ardent"},
		{"President", ""},
		{"Vice President", ""},
		{"Special Envoy", ""},
		{"Chief of Staff", ""},
		{"US Secretary", ""},
		{"Russian minister", ""},
		{"Gen.", ""},
		{"adviser", ""},
		{"Kremlin adviser", ""},
		{"former Kremlin spokesman", ""},
		{"a Kremlin spokesman", ""},
		{"Deputy Foreign Minister", ""},
		{"then-President", ""},
		{"Mr", ""},
	}
	for _, c := range cases {
		o, j, ok := roleKey(c.role)
		got := ""
		if ok {
			got = o + "|" + j
		}
		if got != c.want {
			t.Errorf("roleKey(%q) = %q, want %q", c.role, got, c.want)
		}
	}
}

// TestDeterministic checks that the result does not depend on the order
// comparisons happen to be made in or on map iteration.
func TestDeterministic(t *testing.T) {
	p := defaultPack(t)
	texts := []string{
		"President Oleksiy Hrynko met Envoy Tom Harlow. Hrynko said little.\n",
		"President Oleksii Hrynko met Envoy Tom Harrow.\n",
		"Envoy Tom Harlow and President Oleksiy Hrynkoh met again. Kremlin spokesman Ilya Sorin said nothing.\n",
		"Kremlin spokesman Pavel Lutov denied it.\n",
	}
	var first string
	for i := 0; i < 20; i++ {
		r, err := Check(p, extract(t, p, texts...))
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = string(b)
		} else if string(b) != first {
			t.Fatalf("run %d differs from run 0", i)
		}
	}
}
