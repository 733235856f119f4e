// Common English words of one to three letters, lower case, for copy-artifacts: when a no-break
// space splits letters ("pol ice"), a part that is one of these may be a word of its own ("a
// way", "in to"), and the space is left alone. Dictionaries list many short fragments that are
// no words of running text ("pol", "rep", "ort", "de"): those are not here. A word missing here
// only makes the rule report a little more readily; one too many only makes it miss a split.

export const SHORT_WORDS: ReadonlySet<string> = new Set(
  (
    'a i ' +
    'ad ah am an as at aw ax be by do eh ex go ha he hi ho id if in is it me my no of oh ok on or ow ox pa ' +
    'so to uh um up us we ye yo ' +
    'ace act add ado aft age ago aid ail aim air ale all amp and ant any ape apt arc are ark arm art ash ask ' +
    'ate awe axe aye bad bag ban bar bat bay bed bee beg bet bib bid big bin bit boa bob bog boo bow box boy ' +
    'bra bud bug bum bun bus but buy bye cab cam can cap car cat cod cog con cop cot cow coy cry cub cue cup ' +
    'cut dab dad dam day den dew did die dig dim din dip doc doe dog don dot dry dub dud due dug duo dye ear ' +
    'eat ebb eel egg ego elf elk elm emu end era eve ewe eye fab fad fan far fat fax fed fee few fib fig fin ' +
    'fir fit fix flu fly foe fog for fox fro fry fun fur gab gag gal gap gas gay gel gem get gig gin gnu god ' +
    'got gum gun gut guy gym had ham has hat hay hem hen her hew hex hey hid him hip his hit hoe hog hop hot ' +
    'how hub hue hug hum hut ice icy ill imp ink inn ion ire irk its ivy jab jam jar jaw jay jet jig job jog ' +
    'jot joy jug jut keg key kid kin kit lab lad lag lap law lax lay led leg let lid lie lip lit lob log loo ' +
    'lop lot low lug mad man map mat maw may men met mid mix mob mod mom moo mop mow mud mug mum nab nag nap ' +
    'nay net new nib nil nip nod nor not now nun nut oaf oak oar oat odd ode off oft oil old one opt orb ore ' +
    'our out owe owl own pad pal pan par pat paw pay pea peg pen pep per pet pew pie pig pin pit ply pod pop ' +
    'pot pro pry pub pun pup pus put rag ram ran rap rat raw ray red ref rib rid rig rim rip rob rod roe rot ' +
    'row rub rue rug rum run rut rye sad sag sap sat saw sax say sea see set sew sex she shy sin sip sir sit ' +
    'six ski sky sly sob sod son sow soy spa spy sty sub sue sum sun sup tab tad tag tan tap tar tax tea tee ' +
    'ten the thy tie tin tip toe ton too top tot tow toy try tub tug two urn use van vat vet vex via vie vow ' +
    'wad wag war was wax way web wed wee wet who why wig win wit woe wok won woo wow wry yak yam yap yea yen yes ' +
    'yet yew you zap zip zoo'
  ).split(' '),
);
