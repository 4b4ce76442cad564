package quantity

import (
	"math"
	"strings"
	"testing"
)

// want is one quantity a test expects.
type want struct {
	text   string
	m      Measure
	shape  Shape // Single when empty
	v      float64
	q      Qualifier
	lo, hi float64
	cur    string
	hedge  string
	from   *float64 // the From end of a range or change; nil for none
	to     *float64 // the To end of a range or change
	verb   string
}

func f(x float64) *float64 { return &x }

// parseCases are sentences and every quantity each one states, in order.
var parseCases = []struct {
	in   string
	want []want
}{
	// Counts written in digits.
	{"Police said 25 people were hurt.", []want{{text: "25", m: Count, v: 25, q: Exact, lo: 25, hi: 25}}},
	{"The army had 880,000 troops.", []want{{text: "880,000", m: Count, v: 880000, q: Exact, lo: 880000, hi: 880000}}},
	{"The fire destroyed 1,000 homes.", []want{{text: "1,000", m: Count, v: 1000, q: Exact, lo: 1000, hi: 1000}}},
	{"The census counted 1,234,567 residents.", []want{{text: "1,234,567", m: Count, v: 1234567, q: Exact, lo: 1234567, hi: 1234567}}},
	{"Some 1.5 million voters stayed home.", []want{{text: "Some 1.5 million", m: Count, v: 1.5e6, q: Approx, hedge: "some", lo: 1.45e6 * 0.9, hi: 1.55e6 * 1.1}}},
	{"The region has 1.5 million people.", []want{{text: "1.5 million", m: Count, v: 1.5e6, q: Exact, lo: 1.45e6, hi: 1.55e6}}},
	{"The city has 2 million people.", []want{{text: "2 million", m: Count, v: 2e6, q: Exact, lo: 1.5e6, hi: 2.5e6}}},
	{"The app has 2bn users.", []want{{text: "2bn", m: Count, v: 2e9, q: Exact, lo: 1.5e9, hi: 2.5e9}}},
	{"The country has 1.2mn refugees.", []want{{text: "1.2mn", m: Count, v: 1.2e6, q: Exact, lo: 1.15e6, hi: 1.25e6}}},
	{"Investors traded 3tn shares.", []want{{text: "3tn", m: Count, v: 3e12, q: Exact, lo: 2.5e12, hi: 3.5e12}}},
	{"They counted 40 thousand ballots.", []want{{text: "40 thousand", m: Count, v: 40000, q: Exact, lo: 39500, hi: 40500}}},
	{"Officials logged 12.75 million calls.", []want{{text: "12.75 million", m: Count, v: 12.75e6, q: Exact, lo: 12.745e6, hi: 12.755e6}}},
	{"The hall seats 0.5 thousand.", []want{{text: "0.5 thousand", m: Count, v: 500, q: Exact, lo: 450, hi: 550}}},
	{"The crowd-50,000 strong-filled the square.", []want{{text: "50,000", m: Count, v: 50000, q: Exact, lo: 50000, hi: 50000}}},

	// Counts written in words.
	{"Twenty-eight people were rescued.", []want{{text: "Twenty-eight", m: Count, v: 28, q: Exact, lo: 28, hi: 28}}},
	{"They found twenty eight bodies.", []want{{text: "twenty eight", m: Count, v: 28, q: Exact, lo: 28, hi: 28}}},
	{"The list named one hundred and twelve officials.", []want{{text: "one hundred and twelve", m: Count, v: 112, q: Exact, lo: 112, hi: 112}}},
	{"A dozen ships were sunk.", []want{{text: "A dozen", m: Count, v: 12, q: Exact, lo: 12, hi: 12}}},
	{"Nearly two dozen ships were sunk.", []want{{text: "Nearly two dozen", m: Count, v: 24, q: Below, hedge: "nearly", lo: 21.6, hi: 24}}},
	{"A million people marched.", []want{{text: "A million", m: Count, v: 1e6, q: Exact, lo: 0.5e6, hi: 1.5e6}}},
	{"About a million people marched.", []want{{text: "About a million", m: Count, v: 1e6, q: Approx, hedge: "about", lo: 0.45e6, hi: 1.65e6}}},
	{"Half a million people fled.", []want{{text: "Half a million", m: Count, v: 5e5, q: Exact, lo: 4.5e5, hi: 5.5e5}}},
	{"Half a dozen villages burned.", []want{{text: "Half a dozen", m: Count, v: 6, q: Exact, lo: 6, hi: 6}}},
	{"Two hundred thousand people fled.", []want{{text: "Two hundred thousand", m: Count, v: 2e5, q: Exact, lo: 199500, hi: 200500}}},
	{"One and a half million people voted.", []want{{text: "One and a half million", m: Count, v: 1.5e6, q: Exact, lo: 1.45e6, hi: 1.55e6}}},
	{"The fund dates back two thousand and five days.", []want{{text: "two thousand and five", m: Count, v: 2005, q: Exact, lo: 2005, hi: 2005}}},
	{"A hundred and fifty people signed.", []want{{text: "A hundred and fifty", m: Count, v: 150, q: Exact, lo: 150, hi: 150}}},
	{"One person died in the crash.", []want{{text: "One", m: Count, v: 1, q: Exact, lo: 1, hi: 1}}},
	{"The ward reported zero cases.", []want{{text: "zero", m: Count, v: 0, q: Exact, lo: 0, hi: 0}}},
	{"Three million five hundred thousand tickets sold.", []want{{text: "Three million five hundred thousand", m: Count, v: 3.5e6, q: Exact, lo: 3499500, hi: 3500500}}},
	{"The two sides met again.", []want{{text: "two", m: Count, v: 2, q: Exact, lo: 2, hi: 2}}},

	// Compound adjectives are counts of their number alone.
	{"They marked a four-year anniversary.", []want{{text: "four", m: Count, v: 4, q: Exact, lo: 4, hi: 4}}},
	{"He unveiled a twenty-point plan.", []want{{text: "twenty", m: Count, v: 20, q: Exact, lo: 20, hi: 20}}},
	{"He unveiled a 28-point plan.", []want{{text: "28", m: Count, v: 28, q: Exact, lo: 28, hi: 28}}},
	// Points are counted, with their unit in the text.
	{"Support fell 3 percentage points.", []want{{text: "3 percentage points", m: Count, v: 3, q: Exact, lo: 3, hi: 3}}},
	{"The bank cut rates by 25 basis points.", []want{{text: "25 basis points", m: Count, v: 25, q: Exact, lo: 25, hi: 25}}},

	// Hedges, each class.
	{"About 1,000 homes were flooded.", []want{{text: "About 1,000", m: Count, v: 1000, q: Approx, hedge: "about", lo: 900, hi: 1100}}},
	{"An estimated 40,000 people attended.", []want{{text: "An estimated 40,000", m: Count, v: 40000, q: Approx, hedge: "an estimated", lo: 36000, hi: 44000}}},
	{"Rebels hold some 300 villages.", []want{{text: "some 300", m: Count, v: 300, q: Approx, hedge: "some", lo: 270, hi: 330}}},
	{"The march drew 300 or so people.", []want{{text: "300 or so", m: Count, v: 300, q: Approx, hedge: "or so", lo: 270, hi: 330}}},
	{"Nearly 120,000 residents were evacuated.", []want{{text: "Nearly 120,000", m: Count, v: 120000, q: Below, hedge: "nearly", lo: 108000, hi: 120000}}},
	{"Just under 3 million people voted.", []want{{text: "Just under 3 million", m: Count, v: 3e6, q: Below, hedge: "just under", lo: 2.25e6, hi: 3.5e6}}},
	{"Up to 15 boats capsized.", []want{{text: "Up to 15", m: Count, v: 15, q: Below, hedge: "up to", lo: 13.5, hi: 15}}},
	{"Fewer than 50 people came.", []want{{text: "Fewer than 50", m: Count, v: 50, q: Below, hedge: "fewer than", lo: 45, hi: 50}}},
	{"More than 1,000 troops arrived.", []want{{text: "More than 1,000", m: Count, v: 1000, q: Above, hedge: "more than", lo: 1000, hi: 1250}}},
	{"At least 42 people died.", []want{{text: "At least 42", m: Count, v: 42, q: Above, hedge: "at least", lo: 42, hi: 52.5}}},
	{"Upwards of 500 firms closed.", []want{{text: "Upwards of 500", m: Count, v: 500, q: Above, hedge: "upwards of", lo: 500, hi: 625}}},
	{"Over 50,000 fled the city.", []want{{text: "Over 50,000", m: Count, v: 50000, q: Above, hedge: "over", lo: 50000, hi: 62500}}},
	{"They lost 40 or more tanks.", []want{{text: "40 or more", m: Count, v: 40, q: Above, hedge: "or more", lo: 40, hi: 50}}},
	{"About 2000 people gathered.", []want{{text: "About 2000", m: Count, v: 2000, q: Approx, hedge: "about", lo: 1800, hi: 2200}}},
	{"More than   20 ships  sailed.", []want{{text: "More than   20", m: Count, v: 20, q: Above, hedge: "more than", lo: 20, hi: 25}}},

	// Percentages.
	{"Turnout was 19%.", []want{{text: "19%", m: Percent, v: 19, q: Exact, lo: 19, hi: 19}}},
	{"Turnout was 19 %.", []want{{text: "19 %", m: Percent, v: 19, q: Exact, lo: 19, hi: 19}}},
	{"Turnout was 19 percent.", []want{{text: "19 percent", m: Percent, v: 19, q: Exact, lo: 19, hi: 19}}},
	{"Turnout was 19 per cent.", []want{{text: "19 per cent", m: Percent, v: 19, q: Exact, lo: 19, hi: 19}}},
	{"Turnout was nineteen percent.", []want{{text: "nineteen percent", m: Percent, v: 19, q: Exact, lo: 19, hi: 19}}},
	{"Turnout was 19.5%.", []want{{text: "19.5%", m: Percent, v: 19.5, q: Exact, lo: 19.45, hi: 19.55}}},
	{"Shares rose 5 pct.", []want{{text: "5 pct", m: Percent, v: 5, q: Exact, lo: 5, hi: 5}}},
	{"Forces control around 19% of the land.", []want{{text: "around 19%", m: Percent, v: 19, q: Approx, hedge: "around", lo: 17.1, hi: 20.9}}},
	{"Nearly 20 per cent of the land is held.", []want{{text: "Nearly 20 per cent", m: Percent, v: 20, q: Below, hedge: "nearly", lo: 18, hi: 20}}},
	{"More than 50% voted yes.", []want{{text: "More than 50%", m: Percent, v: 50, q: Above, hedge: "more than", lo: 50, hi: 62.5}}},
	{"Output shrank -0.5% last quarter.", []want{{text: "-0.5%", m: Percent, v: -0.5, q: Exact, lo: -0.55, hi: -0.45}}},

	// Money.
	{"The fund will release $60m next year.", []want{{text: "$60m", m: Money, v: 60e6, q: Exact, lo: 59.5e6, hi: 60.5e6, cur: "USD"}}},
	{"The fund will release $60 million.", []want{{text: "$60 million", m: Money, v: 60e6, q: Exact, lo: 59.5e6, hi: 60.5e6, cur: "USD"}}},
	{"The deal is worth US$5bn.", []want{{text: "US$5bn", m: Money, v: 5e9, q: Exact, lo: 4.5e9, hi: 5.5e9, cur: "USD"}}},
	{"The deal is worth €3.2 billion.", []want{{text: "€3.2 billion", m: Money, v: 3.2e9, q: Exact, lo: 3.15e9, hi: 3.25e9, cur: "EUR"}}},
	{"He was fined £40,000.", []want{{text: "£40,000", m: Money, v: 40000, q: Exact, lo: 40000, hi: 40000, cur: "GBP"}}},
	{"Officials put the bill at 2bn lira.", []want{{text: "2bn lira", m: Money, v: 2e9, q: Exact, lo: 1.5e9, hi: 2.5e9, cur: "TRY"}}},
	{"The bank lent 500 million euros.", []want{{text: "500 million euros", m: Money, v: 500e6, q: Exact, lo: 499.5e6, hi: 500.5e6, cur: "EUR"}}},
	{"The bank lent 60 million Dollars.", []want{{text: "60 million Dollars", m: Money, v: 60e6, q: Exact, lo: 59.5e6, hi: 60.5e6, cur: "USD"}}},
	{"The bond raised USD 40m.", []want{{text: "USD 40m", m: Money, v: 40e6, q: Exact, lo: 39.5e6, hi: 40.5e6, cur: "USD"}}},
	{"The bond raised 40m USD.", []want{{text: "40m USD", m: Money, v: 40e6, q: Exact, lo: 39.5e6, hi: 40.5e6, cur: "USD"}}},
	{"A ticket costs ¥1,000.", []want{{text: "¥1,000", m: Money, v: 1000, q: Exact, lo: 1000, hi: 1000, cur: "JPY"}}},
	{"A ticket costs ₺500.", []want{{text: "₺500", m: Money, v: 500, q: Exact, lo: 500, hi: 500, cur: "TRY"}}},
	{"About $60m was pledged.", []want{{text: "About $60m", m: Money, v: 60e6, q: Approx, hedge: "about", lo: 59.5e6 * 0.9, hi: 60.5e6 * 1.1, cur: "USD"}}},
	{"The prize is $5k.", []want{{text: "$5k", m: Money, v: 5000, q: Exact, lo: 4500, hi: 5500, cur: "USD"}}},
	{"It signed a $60-million deal.", []want{{text: "$60-million", m: Money, v: 60e6, q: Exact, lo: 59.5e6, hi: 60.5e6, cur: "USD"}}},
	{"Losses hit $2B.", []want{{text: "$2B", m: Money, v: 2e9, q: Exact, lo: 1.5e9, hi: 2.5e9, cur: "USD"}}},
	{"He left two million dollars.", []want{{text: "two million dollars", m: Money, v: 2e6, q: Exact, lo: 1.5e6, hi: 2.5e6, cur: "USD"}}},
	{"The club paid 3m euros.", []want{{text: "3m euros", m: Money, v: 3e6, q: Exact, lo: 2.5e6, hi: 3.5e6, cur: "EUR"}}},
	{"The watch cost 900 Swiss francs.", []want{{text: "900 Swiss francs", m: Money, v: 900, q: Exact, lo: 900, hi: 900, cur: "CHF"}}},
	{"The city spent $2000 on it.", []want{{text: "$2000", m: Money, v: 2000, q: Exact, lo: 2000, hi: 2000, cur: "USD"}}},

	// Ranges.
	{"Between 30 and 40 people were held.", []want{{text: "Between 30 and 40", m: Count, shape: Range, v: 35, q: QualRange, lo: 30, hi: 40, from: f(30), to: f(40)}}},
	{"Prices rose 15 to 20 percent.", []want{{text: "15 to 20 percent", m: Percent, shape: Range, v: 17.5, q: QualRange, lo: 15, hi: 20, from: f(15), to: f(20)}}},
	{"Prices rose 15%-20%.", []want{{text: "15%-20%", m: Percent, shape: Range, v: 17.5, q: QualRange, lo: 15, hi: 20, from: f(15), to: f(20)}}},
	{"Prices rose 15-20%.", []want{{text: "15-20%", m: Percent, shape: Range, v: 17.5, q: QualRange, lo: 15, hi: 20, from: f(15), to: f(20)}}},
	{"Each team has 40-60 members.", []want{{text: "40-60", m: Count, shape: Range, v: 50, q: QualRange, lo: 40, hi: 60, from: f(40), to: f(60)}}},
	{"The bill is $1.2bn-$1.5bn.", []want{{text: "$1.2bn-$1.5bn", m: Money, shape: Range, v: 1.35e9, q: QualRange, lo: 1.15e9, hi: 1.55e9, cur: "USD", from: f(1.2e9), to: f(1.5e9)}}},
	{"The bill is $1.2-1.5bn.", []want{{text: "$1.2-1.5bn", m: Money, shape: Range, v: 1.35e9, q: QualRange, lo: 1.15e9, hi: 1.55e9, cur: "USD", from: f(1.2e9), to: f(1.5e9)}}},
	{"Between 30 and 40 million people watched.", []want{{text: "Between 30 and 40 million", m: Count, shape: Range, v: 35e6, q: QualRange, lo: 29.5e6, hi: 40.5e6, from: f(30e6), to: f(40e6)}}},
	{"It will cost between $30 and $40 million.", []want{{text: "between $30 and $40 million", m: Money, shape: Range, v: 35e6, q: QualRange, lo: 29.5e6, hi: 40.5e6, cur: "USD", from: f(30e6), to: f(40e6)}}},
	{"Repairs cost 2 to 3bn lira.", []want{{text: "2 to 3bn lira", m: Money, shape: Range, v: 2.5e9, q: QualRange, lo: 1.5e9, hi: 3.5e9, cur: "TRY", from: f(2e9), to: f(3e9)}}},
	{"We saw 30 to 40 people.", []want{{text: "30 to 40", m: Count, shape: Range, v: 35, q: QualRange, lo: 30, hi: 40, from: f(30), to: f(40)}}},
	{"Between two and three million voted.", []want{{text: "Between two and three million", m: Count, shape: Range, v: 2.5e6, q: QualRange, lo: 1.5e6, hi: 3.5e6, from: f(2e6), to: f(3e6)}}},
	{"Sentences ranging from 10 to 20 years.", []want{{text: "from 10 to 20", m: Count, shape: Range, v: 15, q: QualRange, lo: 10, hi: 20, from: f(10), to: f(20)}}},
	{"They held between about 30 and 40.", []want{{text: "between about 30 and 40", m: Count, shape: Range, v: 35, q: QualRange, lo: 27, hi: 40, from: f(30), to: f(40)}}},
	{"Rents are 2,000-3,000 a month.", []want{{text: "2,000-3,000", m: Count, shape: Range, v: 2500, q: QualRange, lo: 2000, hi: 3000, from: f(2000), to: f(3000)}}},
	{"Tickets cost between 30 and 40 euros.", []want{{text: "between 30 and 40 euros", m: Money, shape: Range, v: 35, q: QualRange, lo: 30, hi: 40, cur: "EUR", from: f(30), to: f(40)}}},

	// Changes.
	{"The plan would cut the army from 880,000 to 600,000 troops.", []want{{text: "from 880,000 to 600,000", m: Count, shape: Change, v: 600000, q: QualChange, lo: 600000, hi: 600000, from: f(880000), to: f(600000)}}},
	{"The toll rose from 12 to 31.", []want{{text: "rose from 12 to 31", m: Count, shape: Change, v: 31, q: QualChange, lo: 31, hi: 31, from: f(12), to: f(31), verb: "rose"}}},
	{"Inflation fell from 5% to 3%.", []want{{text: "fell from 5% to 3%", m: Percent, shape: Change, v: 3, q: QualChange, lo: 3, hi: 3, from: f(5), to: f(3), verb: "fell"}}},
	{"Inflation fell from 5 to 3 per cent.", []want{{text: "fell from 5 to 3 per cent", m: Percent, shape: Change, v: 3, q: QualChange, lo: 3, hi: 3, from: f(5), to: f(3), verb: "fell"}}},
	{"Troops were cut to 600,000.", []want{{text: "cut to 600,000", m: Count, shape: Change, v: 600000, q: QualChange, lo: 600000, hi: 600000, to: f(600000), verb: "cut"}}},
	{"The staff was reduced to about 40.", []want{{text: "reduced to about 40", m: Count, shape: Change, v: 40, q: QualChange, hedge: "about", lo: 36, hi: 44, to: f(40), verb: "reduced"}}},
	{"The rate was increased to 4.5%.", []want{{text: "increased to 4.5%", m: Percent, shape: Change, v: 4.5, q: QualChange, lo: 4.45, hi: 4.55, to: f(4.5), verb: "increased"}}},
	{"The budget was Raised to $5bn.", []want{{text: "Raised to $5bn", m: Money, shape: Change, v: 5e9, q: QualChange, lo: 4.5e9, hi: 5.5e9, cur: "USD", to: f(5e9), verb: "raised"}}},
	{"The toll rose to 31 from 12.", []want{{text: "rose to 31 from 12", m: Count, shape: Change, v: 31, q: QualChange, lo: 31, hi: 31, from: f(12), to: f(31), verb: "rose"}}},
	{"The toll rose sharply from 12 to 31.", []want{{text: "rose sharply from 12 to 31", m: Count, shape: Change, v: 31, q: QualChange, lo: 31, hi: 31, from: f(12), to: f(31), verb: "rose"}}},
	{"It would cut from 880,000 troops to 600,000.", []want{{text: "cut from 880,000 troops to 600,000", m: Count, shape: Change, v: 600000, q: QualChange, lo: 600000, hi: 600000, from: f(880000), to: f(600000), verb: "cut"}}},
	{"Sales slipped from $5m to $3m.", []want{{text: "from $5m to $3m", m: Money, shape: Change, v: 3e6, q: QualChange, lo: 2.5e6, hi: 3.5e6, cur: "USD", from: f(5e6), to: f(3e6)}}},
	{"The toll climbed to nearly 300.", []want{{text: "climbed to nearly 300", m: Count, shape: Change, v: 300, q: QualChange, hedge: "nearly", lo: 270, hi: 300, to: f(300), verb: "climbed"}}},
	{"The crew jumped from two to five.", []want{{text: "jumped from two to five", m: Count, shape: Change, v: 5, q: QualChange, lo: 5, hi: 5, from: f(2), to: f(5), verb: "jumped"}}},
	{"Users grew from 1.5 to 2 million.", []want{{text: "grew from 1.5 to 2 million", m: Count, shape: Change, v: 2e6, q: QualChange, lo: 1.5e6, hi: 2.5e6, from: f(1.5e6), to: f(2e6), verb: "grew"}}},
	{"Staff grew from 880,000 to 1.2 million.", []want{{text: "grew from 880,000 to 1.2 million", m: Count, shape: Change, v: 1.2e6, q: QualChange, lo: 1.15e6, hi: 1.25e6, from: f(880000), to: f(1.2e6), verb: "grew"}}},

	{"The share rose from 12% in 2020 to 19% in 2023.", []want{{text: "rose from 12% in 2020 to 19%", m: Percent, shape: Change, v: 19, q: QualChange, lo: 19, hi: 19, from: f(12), to: f(19), verb: "rose"}}},
	{"The share rose to 19% in 2023 from 12% in 2020.", []want{{text: "rose to 19% in 2023 from 12%", m: Percent, shape: Change, v: 19, q: QualChange, lo: 19, hi: 19, from: f(12), to: f(19), verb: "rose"}}},
	{"Between 2020 and 2022, shares fell from 15 to 20 percent.", []want{{text: "fell from 15 to 20 percent", m: Percent, shape: Change, v: 20, q: QualChange, lo: 20, hi: 20, from: f(15), to: f(20), verb: "fell"}}},

	// More ranges: hedged ends, money on both ends, scale shared with a decimal.
	{"Some 3,000 to 4,000 troops arrived.", []want{{text: "Some 3,000 to 4,000", m: Count, shape: Range, v: 3500, q: QualRange, lo: 2700, hi: 4000, from: f(3000), to: f(4000)}}},
	{"He earns £50,000-£60,000 a year.", []want{{text: "£50,000-£60,000", m: Money, shape: Range, v: 55000, q: QualRange, lo: 50000, hi: 60000, cur: "GBP", from: f(50000), to: f(60000)}}},
	{"They need 1.5 to 2 million shells.", []want{{text: "1.5 to 2 million", m: Count, shape: Range, v: 1.75e6, q: QualRange, lo: 1.45e6, hi: 2.5e6, from: f(1.5e6), to: f(2e6)}}},
	{"It raised its forecast to between $2bn and $2.5bn.", []want{{text: "between $2bn and $2.5bn", m: Money, shape: Range, v: 2.25e9, q: QualRange, lo: 1.5e9, hi: 2.55e9, cur: "USD", from: f(2e9), to: f(2.5e9)}}},
	{"About 10-15 per cent of the force.", []want{{text: "About 10-15 per cent", m: Percent, shape: Range, v: 12.5, q: QualRange, lo: 9, hi: 15, from: f(10), to: f(15)}}},

	// More words and signs.
	{"Forty-one per cent said no.", []want{{text: "Forty-one per cent", m: Percent, v: 41, q: Exact, lo: 41, hi: 41}}},
	{"Some sixty-seven thousand fled.", []want{{text: "Some sixty-seven thousand", m: Count, v: 67000, q: Approx, hedge: "some", lo: 66500 * 0.9, hi: 67500 * 1.1}}},
	{"It cost nine hundred and ninety-nine pounds.", []want{{text: "nine hundred and ninety-nine pounds", m: Money, v: 999, q: Exact, lo: 999, hi: 999, cur: "GBP"}}},
	{"Temperatures fell to -10 degrees, not -5C.", []want{{text: "fell to -10", m: Count, shape: Change, v: -10, q: QualChange, lo: -10, hi: -10, to: f(-10), verb: "fell"}}},
	{"It cost $3.50 a litre.", []want{{text: "$3.50", m: Money, v: 3.5, q: Exact, lo: 3.495, hi: 3.505, cur: "USD"}}},

	// Several quantities, in order.
	{"It cost 5 USD 7 more.", []want{
		{text: "5 USD", m: Money, v: 5, q: Exact, lo: 5, hi: 5, cur: "USD"},
		{text: "7", m: Count, v: 7, q: Exact, lo: 7, hi: 7},
	}},
	{"The attack killed 25 people and injured 40.", []want{
		{text: "25", m: Count, v: 25, q: Exact, lo: 25, hi: 25},
		{text: "40", m: Count, v: 40, q: Exact, lo: 40, hi: 40},
	}},
	{"About $60m was pledged, nearly 20% was spent and 3 people resigned.", []want{
		{text: "About $60m", m: Money, v: 60e6, q: Approx, hedge: "about", lo: 59.5e6 * 0.9, hi: 60.5e6 * 1.1, cur: "USD"},
		{text: "nearly 20%", m: Percent, v: 20, q: Below, hedge: "nearly", lo: 18, hi: 20},
		{text: "3", m: Count, v: 3, q: Exact, lo: 3, hi: 3},
	}},
	{"Shares rose by 5% to 3,000.", []want{
		{text: "5%", m: Percent, v: 5, q: Exact, lo: 5, hi: 5},
		{text: "3,000", m: Count, v: 3000, q: Exact, lo: 3000, hi: 3000},
	}},
	{"The motion passed 141-5.", []want{
		{text: "141", m: Count, v: 141, q: Exact, lo: 141, hi: 141},
		{text: "5", m: Count, v: 5, q: Exact, lo: 5, hi: 5},
	}},
	{"In 2022, 14 people died on the 3rd day.", []want{{text: "14", m: Count, v: 14, q: Exact, lo: 14, hi: 14}}},
	{"On November 21, 40 people were arrested.", []want{{text: "40", m: Count, v: 40, q: Exact, lo: 40, hi: 40}}},
	{"The F-35 crashed, killing 2 pilots.", []want{{text: "2", m: Count, v: 2, q: Exact, lo: 2, hi: 2}}},
	{"At 3 p.m. about 500 people gathered.", []want{{text: "about 500", m: Count, v: 500, q: Approx, hedge: "about", lo: 450, hi: 550}}},

	// Not quantities.
	{"It happened in 2022.", nil},
	{"The 2025 talks failed.", nil},
	{"The war has raged since 2014.", nil},
	{"Elections are due by mid-2025.", nil},
	{"They met on November 21.", nil},
	{"They met on 21 November.", nil},
	{"They met on Nov. 21.", nil},
	{"They met on the 21st.", nil},
	{"They met on 21-23 November.", nil},
	{"They met on November 21 to 23.", nil},
	{"The third round begins.", nil},
	{"The 5th Brigade moved north.", nil},
	{"He came first.", nil},
	{"The twenty-first century began.", nil},
	{"Talks start at 3 p.m.", nil},
	{"Talks start at 3 PM.", nil},
	{"Talks start at 10:30.", nil},
	{"Talks start at 9am.", nil},
	{"Talks start at 6 o'clock.", nil},
	{"Talks start at six o'clock.", nil},
	{"Talks ran from 9 a.m. to 5 p.m.", nil},
	{"Talks ran from 9 to 11 a.m.", nil},
	{"The curfew starts at 0900 GMT.", nil},
	{"The curfew starts at 1500 GMT.", nil},
	{"The G7 and the G8 met.", nil},
	{"It bought the F-35 and the Su-57.", nil},
	{"COVID-19 spread fast.", nil},
	{"Tanks such as the M1 rolled in.", nil},
	{"The A320 landed.", nil},
	{"A Boeing 737 landed.", nil},
	{"A Boeing 737-800 landed.", nil},
	{"Article 5 was invoked.", nil},
	{"He lives at No. 10.", nil},
	{"It was a 3D film shown over 5G.", nil},
	{"The wall is 3m high.", nil},
	{"Over the weekend, troops crossed over the border.", nil},
	{"It is one of the most important talks.", nil},
	{"No one was hurt.", nil},
	{"Someone called once.", nil},
	{"At one point the talks stalled.", nil},
	{"They held one-to-one talks.", nil},
	{"Dozens were hurt.", nil},
	{"Tens of thousands marched.", nil},
	{"Hundreds of people and a few dogs.", nil},
	{"Prices were flat from 2022 to 2024.", nil},
	{"The 2022-23 season ended.", nil},
	{"One-third of the land is held.", nil},
	{"Two thirds of the land is held.", nil},
	{"The 1990s were hard.", nil},
	{"The shop is open 24/7.", nil},
	{"After 9/11 things changed.", nil},
	{"Version 1.2.3 shipped.", nil},
	{"Around 2020, the plan changed.", nil},
	{"The deal runs up to 2025.", nil},
	{"The MH17 crash.", nil},
	{"The A$5bn deal.", nil},
	{"The prize is 5k.", nil},
	{"Aid reached 4.5m people and 600k homes.", nil},
	{"On the war's 1,000th day.", nil},
	{"The 2026-27 budget.", nil},
	{"Growth in Q3 2024.", nil},
	{"A fifth of the land is held.", nil},
	{"", nil},
}

func TestParse(t *testing.T) {
	p := NewParser(DefaultVocabulary())
	for _, tc := range parseCases {
		t.Run(tc.in, func(t *testing.T) {
			got := p.Parse(tc.in)
			if len(got) != len(tc.want) {
				t.Fatalf("Parse(%q) gave %d quantities, want %d:\n%s", tc.in, len(got), len(tc.want), dump(got))
			}
			for i, w := range tc.want {
				checkQuantity(t, tc.in, got[i], w)
			}
		})
	}
}

func checkQuantity(t *testing.T, s string, q Quantity, w want) {
	t.Helper()
	shape := w.shape
	if shape == "" {
		shape = Single
	}
	if q.Text != w.text {
		t.Errorf("Text = %q, want %q", q.Text, w.text)
	}
	if q.Measure != w.m {
		t.Errorf("%q: Measure = %s, want %s", q.Text, q.Measure, w.m)
	}
	if q.Shape != shape {
		t.Errorf("%q: Shape = %s, want %s", q.Text, q.Shape, shape)
	}
	if !near(q.Value, w.v) {
		t.Errorf("%q: Value = %g, want %g", q.Text, q.Value, w.v)
	}
	if q.Qualifier != w.q {
		t.Errorf("%q: Qualifier = %s, want %s", q.Text, q.Qualifier, w.q)
	}
	if !near(q.Interval.Lo, w.lo) || !near(q.Interval.Hi, w.hi) {
		t.Errorf("%q: Interval = [%g, %g], want [%g, %g]", q.Text, q.Interval.Lo, q.Interval.Hi, w.lo, w.hi)
	}
	if q.Currency != w.cur {
		t.Errorf("%q: Currency = %q, want %q", q.Text, q.Currency, w.cur)
	}
	if q.Hedge != w.hedge {
		t.Errorf("%q: Hedge = %q, want %q", q.Text, q.Hedge, w.hedge)
	}
	if q.Verb != w.verb {
		t.Errorf("%q: Verb = %q, want %q", q.Text, q.Verb, w.verb)
	}
	checkEnd(t, s, q.Text, "From", q.From, w.from)
	checkEnd(t, s, q.Text, "To", q.To, w.to)
	if shape == Range && q.From != nil && q.To != nil {
		if !near(q.Interval.Lo, q.From.Interval.Lo) || !near(q.Interval.Hi, q.To.Interval.Hi) {
			t.Errorf("%q: range Interval %v is not [From.Lo, To.Hi] of %v and %v", q.Text, q.Interval, q.From.Interval, q.To.Interval)
		}
		if !near(q.Value, (q.From.Value+q.To.Value)/2) {
			t.Errorf("%q: range Value %g is not the midpoint", q.Text, q.Value)
		}
	}
	if shape == Change && q.To != nil && (q.Value != q.To.Value || q.Interval != q.To.Interval) {
		t.Errorf("%q: change Value/Interval %g %v are not the To end's %g %v", q.Text, q.Value, q.Interval, q.To.Value, q.To.Interval)
	}
}

func checkEnd(t *testing.T, s, text, name string, end *Quantity, want *float64) {
	t.Helper()
	switch {
	case end == nil && want == nil:
	case end == nil:
		t.Errorf("%q: %s = nil, want %g", text, name, *want)
	case want == nil:
		t.Errorf("%q: %s = %q, want nil", text, name, end.Text)
	default:
		if !near(end.Value, *want) {
			t.Errorf("%q: %s.Value = %g, want %g", text, name, end.Value, *want)
		}
		if end.Shape != Single {
			t.Errorf("%q: %s.Shape = %s, want single", text, name, end.Shape)
		}
		if end.Start < 0 || end.End > len(s) || end.Start > end.End || s[end.Start:end.End] != end.Text {
			t.Errorf("%q: %s [%d:%d] does not slice to %q", text, name, end.Start, end.End, end.Text)
		}
	}
}

// TestOffsets checks that every quantity's Start and End slice the sentence
// to its Text, and that quantities come in order without overlapping.
func TestOffsets(t *testing.T) {
	p := NewParser(DefaultVocabulary())
	for _, tc := range parseCases {
		checkOffsets(t, tc.in, p.Parse(tc.in))
	}
	for _, s := range benchSentences {
		checkOffsets(t, s, p.Parse(s))
	}
}

func checkOffsets(t *testing.T, s string, qs []Quantity) {
	t.Helper()
	last := 0
	for _, q := range qs {
		if q.Start < last || q.Start > q.End || q.End > len(s) {
			t.Errorf("%q: quantity %q at [%d:%d] out of order or bounds", s, q.Text, q.Start, q.End)
			continue
		}
		if s[q.Start:q.End] != q.Text {
			t.Errorf("%q: [%d:%d] is %q, Text is %q", s, q.Start, q.End, s[q.Start:q.End], q.Text)
		}
		for _, e := range []*Quantity{q.From, q.To} {
			if e != nil && (e.Start < q.Start || e.End > q.End || s[e.Start:e.End] != e.Text) {
				t.Errorf("%q: end %q at [%d:%d] outside %q", s, e.Text, e.Start, e.End, q.Text)
			}
		}
		last = q.End
	}
}

// TestCaseCount keeps the table from shrinking below what the package
// promises to cover.
func TestCaseCount(t *testing.T) {
	if len(parseCases) < 90 {
		t.Errorf("only %d parse cases", len(parseCases))
	}
}

// TestVocabulary checks how the vocabulary is read: phrases in any case and
// spacing, empty entries ignored, the longest hedge preferred, and a parser
// without currencies reading "$60m" as nothing rather than as a count.
func TestVocabulary(t *testing.T) {
	p := NewParser(Vocabulary{
		Hedges: []Hedge{
			{Phrase: "  Just   UNDER ", Qualifier: Below, Width: 0.2},
			{Phrase: "under", Qualifier: Below, Width: 0.1},
			{Phrase: "", Qualifier: Approx, Width: 0.1},
			{Phrase: "~", Qualifier: Approx, Width: 0.5},
		},
		Currencies: []Currency{{Code: "XAU", Symbols: []string{"Au"}, Words: []string{"Gold Ounces"}}, {Code: ""}},
	})
	got := p.Parse("just under 10 people, ~10 boats, 5 gold ounces, Au 7, $60m.")
	want := []struct {
		text string
		lo   float64
		cur  string
	}{{"just under 10", 8, ""}, {"~10", 5, ""}, {"5 gold ounces", 5, "XAU"}, {"Au 7", 7, "XAU"}}
	if len(got) != len(want) {
		t.Fatalf("got %d quantities, want %d:\n%s", len(got), len(want), dump(got))
	}
	for i, w := range want {
		if got[i].Text != w.text || !near(got[i].Interval.Lo, w.lo) || got[i].Currency != w.cur {
			t.Errorf("got %q lo %g %q, want %q lo %g %q", got[i].Text, got[i].Interval.Lo, got[i].Currency, w.text, w.lo, w.cur)
		}
	}
	if qs := NewParser(Vocabulary{}).Parse("It raised $60m."); len(qs) != 0 {
		t.Errorf("without currencies, got %s", dump(qs))
	}
}

func near(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

func dump(qs []Quantity) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("\t")
		b.WriteString(q.Text)
		b.WriteString(" ")
		b.WriteString(string(q.Measure))
		b.WriteString(" ")
		b.WriteString(string(q.Shape))
		b.WriteString("\n")
	}
	return b.String()
}
