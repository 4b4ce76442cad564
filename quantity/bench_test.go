package quantity

import "testing"

// benchSentences is a made-up mix of news sentences: most have a number or
// two, some have none, some have years, dates and codes that are not
// quantities.
var benchSentences = []string{
	"The storm killed at least 42 people and left more than 1,200 homeless, officials said on Tuesday.",
	"Rescue teams from three provinces were still searching the rubble late into the night.",
	"The ministry said the death toll had risen to about 300, up from 212 a day earlier.",
	"Nearly 120,000 residents were evacuated from the coast before the storm made landfall.",
	"The government pledged $60m in emergency aid and promised a further €25 million next year.",
	"Insurers estimate total losses at between $1.2bn and $1.5bn, the largest since 2011.",
	"The central bank cut its benchmark rate from 5.25% to 4.75% at its meeting in March.",
	"Inflation fell to 3.1 per cent in October, down from a peak of 11.1 per cent in 2022.",
	"Unemployment rose 0.3 percentage points to 4.2%, the highest level in two years.",
	"The defence plan would cap the army at 600,000 troops, cut from about 880,000 today.",
	"Under the draft, the force would be reduced to 600,000 and barred from fielding F-35 jets.",
	"Talks are due to resume in Geneva on November 21 at 10:30 local time.",
	"The G7 leaders met for two days and issued a 28-point statement on the crisis.",
	"Some 40,000 people marched through the capital, according to police, while organisers said 150,000.",
	"The company said revenue grew 15 to 20 percent in the third quarter, to roughly 2bn lira.",
	"A spokesman declined to comment on the report.",
	"The bill, worth an estimated £40,000 per household, was passed by 312 votes to 250.",
	"Turnout was 61.5%, compared with 58 per cent at the last election in 2019.",
	"One person died and twenty-eight were injured when the bridge collapsed at 3 p.m.",
	"The agency counted one hundred and twelve aftershocks over the weekend, a dozen of them strong.",
	"Prices of staple foods have doubled since mid-2024, the survey of 2,500 households found.",
	"No one was hurt in the fire, which started shortly after 9am on the 14th floor.",
	"The fund manages US$5bn for 1.5 million pensioners across 12 countries.",
	"He was sentenced to between 10 and 15 years in prison, the court said.",
	"Half a million people remain without power, and up to 15% of roads are closed.",
	"The COVID-19 pandemic cost the sector 2.3 million jobs, a loss of 40-60 billion dollars.",
	"The minister said it was one of the most difficult decisions of his career.",
	"Exports to the region climbed from $4.1bn in 2021 to $6.8bn last year.",
	"Shares in the firm jumped 12% after it reported a profit of ¥1,000 per share.",
	"Over the past decade, the population has grown by nearly 3 million to 67.4 million.",
}

func BenchmarkParse(b *testing.B) {
	p := NewParser(DefaultVocabulary())
	bytes := 0
	for _, s := range benchSentences {
		bytes += len(s)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range benchSentences {
			p.Parse(s)
		}
	}
}
