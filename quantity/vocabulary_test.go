package quantity

// DefaultVocabulary returns a vocabulary like the one the default rule pack
// gives: hedge widths 0.1 for approx and below, 0.25 for above.
func DefaultVocabulary() Vocabulary {
	group := func(q Qualifier, w float64, phrases ...string) []Hedge {
		var hs []Hedge
		for _, p := range phrases {
			hs = append(hs, Hedge{Phrase: p, Qualifier: q, Width: w})
		}
		return hs
	}
	var hedges []Hedge
	hedges = append(hedges, group(Approx, 0.1, "about", "around", "roughly", "some", "approximately",
		"an estimated", "estimated", "close to", "circa", "or so", "in the region of")...)
	hedges = append(hedges, group(Below, 0.1, "nearly", "almost", "just under", "up to", "fewer than",
		"less than", "at most", "no more than", "not quite", "just shy of", "under")...)
	hedges = append(hedges, group(Above, 0.25, "more than", "over", "at least", "upwards of",
		"in excess of", "just over", "above", "no fewer than", "no less than", "or more")...)
	return Vocabulary{
		Hedges: hedges,
		Currencies: []Currency{
			{Code: "USD", Symbols: []string{"$", "US$", "USD"}, Words: []string{"dollar", "dollars", "usd"}},
			{Code: "EUR", Symbols: []string{"€", "EUR"}, Words: []string{"euro", "euros", "eur"}},
			{Code: "GBP", Symbols: []string{"£", "GBP"}, Words: []string{"pound", "pounds", "sterling", "gbp"}},
			{Code: "JPY", Symbols: []string{"¥", "JPY"}, Words: []string{"yen", "jpy"}},
			{Code: "TRY", Symbols: []string{"₺", "TRY"}, Words: []string{"lira", "liras", "try"}},
			{Code: "RUB", Symbols: []string{"₽", "RUB"}, Words: []string{"rouble", "roubles", "ruble", "rubles"}},
			{Code: "CHF", Symbols: []string{"CHF"}, Words: []string{"swiss francs", "francs", "franc"}},
		},
	}
}
