package persons

// The built-in word lists. The pack's titles and not_names are the
// vocabulary users extend; these lists are grammar: function words, role
// nouns the default titles lack, and how roles are read.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// functionWords are never a name, and a sentence-initial capitalised one
// does not start a name ("Despite Trump's ...", "The Kremlin").
var functionWords = set(
	"a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "to",
	"from", "by", "with", "without", "about", "above", "across", "after", "against", "along",
	"among", "around", "as", "before", "behind", "below", "beside", "besides", "between", "beyond",
	"despite", "during", "except", "following", "inside", "into", "like", "near", "off", "onto",
	"outside", "over", "past", "per", "since", "through", "throughout", "till", "toward", "towards",
	"under", "unlike", "until", "up", "upon", "via", "within", "according", "although", "though",
	"because", "if", "unless", "when", "whenever", "where", "whether", "while", "whilst", "once",
	"now", "then", "still", "also", "even", "only", "just", "however", "meanwhile", "moreover",
	"instead", "indeed", "perhaps", "yes", "no", "not", "this", "that", "these", "those", "it",
	"its", "he", "she", "they", "we", "i", "you", "him", "her", "them", "his", "their", "our", "my",
	"your", "who", "whom", "whose", "what", "which", "why", "how", "there", "here", "some", "any",
	"many", "much", "most", "more", "all", "both", "each", "every", "either", "neither", "few",
	"several", "other", "another", "such", "last", "next", "first", "earlier", "later", "today",
	"yesterday", "tomorrow", "tonight", "nobody", "everyone", "someone", "anyone", "nothing",
	"everything", "something", "let", "dear", "is", "are", "was", "were", "be", "will", "would",
	"can", "could", "should", "may", "might", "must", "has", "have", "had", "do", "does", "did",
	"sources", "officials", "critics", "analysts", "diplomats", "experts",
	"reports", "people", "residents", "witnesses", "police", "rescuers", "ukrainians", "russians",
	"americans", "europeans",
)

// headlineWords are the function words whose capitalisation inside a line
// marks headline case ("Kyiv At Risk", "Key Points Of The Plan").
var headlineWords = set("a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "but", "over", "after", "into", "about", "is", "are")

// placePrepositions before a name without a role make it a place ("in
// Geneva", "at Sallow Bay").
var placePrepositions = set("in", "at", "near", "along", "across", "outside", "inside", "into", "toward", "towards", "throughout", "via", "around")

// speechVerbs after a single word make it a person ("Peskov said").
var speechVerbs = set(
	"said", "says", "told", "tells", "added", "adds", "wrote", "writes", "stated", "noted", "notes",
	"asked", "asks", "replied", "replies", "warned", "warns", "insisted", "insists", "argued",
	"argues", "explained", "explains", "claimed", "claims", "confirmed", "confirms", "denied",
	"denies", "emphasised", "emphasized", "stressed", "acknowledged", "declined", "posted",
	"tweeted", "commented", "remarked", "urged", "urges", "announced", "answered", "responded",
	"recalled", "admitted", "suggested", "vowed", "pledged", "promised", "conceded", "cautioned",
)

// speechFillers may stand between a single word and its speech verb
// ("Rubio also said", "Peskov has said", "Zelensky later told").
var speechFillers = set("also", "has", "had", "later", "then", "again", "once", "earlier", "previously", "repeatedly", "separately", "himself", "herself", "reportedly", "publicly", "privately")

// honorifics are titles that are not a role: "Sir Keir Starmer" gets the
// role before "Sir", "Mr Smith" gets the role "Mr".
var honorifics = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "madam", "mme", "mme.", "m.", "herr", "frau")

// modifiers are title words that qualify an office but are none themselves:
// "Special", "White House", "U.S.". A role made only of modifiers ("New" in
// "New Delhi", "White" in "White Sands") is not a role.
var modifiers = set(
	"vice", "deputy", "prime", "foreign", "defence", "defense", "interior", "finance", "state",
	"army", "navy", "special", "senior", "top", "u.s.", "us", "u.k.", "uk", "eu", "un", "nato",
	"national", "security", "house", "white", "kremlin", "pentagon", "treasury", "department",
	"ministry", "agency", "former", "acting", "interim", "then", "new", "staff", "assistant",
	"associate", "executive", "joint", "first", "military", "officials",
)

// roleNouns are role words the pack's titles may lack; a title word that is
// not a modifier or an honorific is a role noun too.
var roleNouns = set(
	"meteorologist", "forecaster", "economist", "analyst", "scientist", "researcher", "professor",
	"prof.", "lawyer", "attorney", "prosecutor", "inspector", "commissioner", "coordinator",
	"negotiator", "mediator", "diplomat", "lawmaker", "legislator", "mp", "mep", "councillor",
	"councilor", "bishop", "archbishop", "cardinal", "pope", "rabbi", "imam", "pastor", "coach",
	"manager", "ceo", "founder", "aide", "officer", "sheriff", "marshal", "correspondent",
	"editor", "spokesperson", "spokesman", "spokeswoman", "envoy", "president", "minister",
	"secretary", "governor", "mayor", "commander", "chief", "head", "director", "chairman",
	"chairwoman", "chair", "leader", "chancellor", "premier", "ambassador", "adviser", "advisor",
	"general", "gen.", "admiral", "colonel", "captain", "major", "lieutenant", "sergeant",
	"commander-in-chief", "king", "queen", "prince", "princess", "emir", "sheikh", "judge",
	"justice", "senator", "sen.", "representative", "rep.", "governor-general", "president-elect",
)

// particles may stand inside a name between capitalised words: "Ursula von
// der Leyen", "Mohammed bin Salman".
var particles = set("de", "da", "di", "del", "della", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "du", "dos", "das", "ter", "ben", "y")

// calendar words are never a role qualifier ("Tuesday President ...").
var calendar = set(
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
	"february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
	"sept.", "oct.", "nov.", "dec.",
)
