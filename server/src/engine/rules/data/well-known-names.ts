// The tables of `person-first-reference` (rules/person-first-reference.ts): names a story may
// use alone at once, the titles that stand before a name, and the words that tell a person's
// first name from the first word of a place, a company or a thing. Each table errs towards
// "not a person", which the rule answers with silence.

/**
 * Surnames and single names a news reader knows without a first name, even at the first
 * reference: world leaders of the last decades, mononymous artists and sports stars. A desk
 * adds its own with the style file's `words`. Kept modest on purpose: a name belongs here only
 * when a bare first reference to it reads as normal in edited copy.
 */
export const WELL_KNOWN_NAMES: ReadonlySet<string> = new Set([
  // Heads of state and government, and other figures named by surname alone
  'Obama', 'Trump', 'Biden', 'Clinton', 'Bush', 'Reagan', 'Nixon', 'Kennedy', 'Carter', 'Putin',
  'Yeltsin', 'Gorbachev', 'Stalin', 'Lenin', 'Blair', 'Thatcher', 'Churchill', 'Cameron',
  'Merkel', 'Kohl', 'Schroeder', 'Schröder', 'Macron', 'Sarkozy', 'Chirac', 'Mitterrand', 'Berlusconi',
  'Gaddafi', 'Qaddafi', 'Saddam', 'Mubarak', 'Sisi', 'Assad', 'Arafat', 'Netanyahu', 'Sharon',
  'Erdogan', 'Erdoğan', 'Khomeini', 'Mandela', 'Mugabe', 'Castro', 'Chavez', 'Chávez', 'Zelensky',
  'Zelenskyy', 'Modi', 'Gandhi', 'Mao', 'Deng', 'Xi', 'Hitler', 'Mussolini', 'Napoleon', 'Bin Laden',
  'Kim', 'Lincoln', 'Washington', 'Jefferson', 'Roosevelt', 'Eisenhower', 'Truman', 'Johnson',
  'Brezhnev', 'Khrushchev', 'Che', 'Osama',
  // Religious figures
  'Christ', 'Jesus', 'Muhammad', 'Mohammed', 'Buddha', 'Moses', 'Confucius',
  // Thinkers, artists and writers cited by surname
  'Shakespeare', 'Dickens', 'Einstein', 'Darwin', 'Newton', 'Freud', 'Marx', 'Mozart', 'Beethoven',
  'Bach', 'Picasso', 'Tolkien', 'Orwell', 'Hemingway', 'Tolstoy', 'Dante', 'Galileo', 'Elvis',
  // Known by one name
  'Madonna', 'Bono', 'Sting', 'Prince', 'Cher', 'Adele', 'Beyonce', 'Beyoncé', 'Rihanna', 'Shakira',
  'Bjork', 'Björk', 'Moby', 'Eminem', 'Dido', 'Kylie', 'Pele', 'Pelé', 'Maradona', 'Ronaldo',
  'Ronaldinho', 'Kaka', 'Kaká', 'Neymar', 'Messi', 'Zidane', 'Banksy', 'Oprah', 'Drake', 'Lulu',
  'Morrissey', 'Sade', 'Seal', 'Usher', 'Shaggy', 'Slash', 'Liberace', 'Twiggy', 'Yoko',
]);

/**
 * Titles and ranks that stand before a name. "Mr Smith" before "John Smith" is still a
 * surname without its full name; "Prime Minister Tony Blair" is a full name. Only the word
 * right before the name matters, so "Minister" covers "Prime Minister" and "Foreign Minister".
 */
export const TITLES: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'Baron', 'Baroness', 'Earl',
  'Count', 'Countess', 'Duke', 'Duchess', 'Prince', 'Princess', 'King', 'Queen', 'Emperor', 'Sheikh',
  'Sultan', 'Emir', 'President', 'Premier', 'Minister', 'Secretary', 'Chancellor', 'Speaker',
  'Senator', 'Sen', 'Governor', 'Gov', 'Mayor', 'Ambassador', 'Commissioner', 'Councillor', 'Cllr',
  'Congressman', 'Congresswoman', 'Representative', 'Rep', 'Judge', 'Justice', 'Attorney',
  'General', 'Gen', 'Marshal', 'Admiral', 'Adm', 'Colonel', 'Col', 'Major', 'Maj', 'Captain', 'Capt',
  'Lieutenant', 'Lt', 'Sergeant', 'Sgt', 'Corporal', 'Cpl', 'Private', 'Pte', 'Commander', 'Cdr',
  'Brigadier', 'Commodore', 'Inspector', 'Insp', 'Superintendent', 'Supt', 'Detective', 'Det',
  'Constable', 'PC', 'Officer', 'Sheriff', 'Chief', 'Prof', 'Professor', 'Rev', 'Reverend', 'Father', 'Pope',
  'Bishop', 'Archbishop', 'Cardinal', 'Rabbi', 'Imam', 'Ayatollah', 'Pastor', 'Brother', 'Sister',
  'Chairman', 'Chairwoman', 'Coach', 'Agent', 'Saint', 'St', 'Madame', 'Mme', 'Monsieur', 'Herr',
  'Frau', 'Signor', 'Señor', 'Senor',
]);

/**
 * Titles followed by a first name rather than a surname: "Prince Charles", "Sir Elton",
 * "Pope Francis". What follows one is no surname reference.
 */
export const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set([
  'Prince', 'Princess', 'King', 'Queen', 'Emperor', 'Pope', 'Sultan', 'Emir', 'Sheikh', 'Saint', 'St',
  'Sir', 'Dame', 'Lady', 'Sister', 'Brother', 'Father', 'Ayatollah', 'Imam',
]);

/** Titles that are abbreviations, which some styles write with a full stop ("Mr. Smith"). */
export const ABBREVIATED_TITLES: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Sen', 'Gov', 'Rep', 'Gen', 'Adm', 'Col', 'Maj', 'Capt', 'Lt', 'Sgt',
  'Cpl', 'Pte', 'Cdr', 'Insp', 'Supt', 'Det', 'Prof', 'Rev', 'St', 'Mme', 'Cllr',
]);

/** Courtesy titles: a story that writes "Mr Ford" is writing about a person, not the company. */
export const COURTESY_TITLES: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'Prof', 'Professor',
]);

/**
 * Lower-case words that belong inside a name: "Ludwig van Beethoven", "Charles de Gaulle",
 * "Osama bin Laden". A surname right after one ("de Gaulle said") is left alone.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'la', 'le', 'bin',
  'ibn', 'al', 'el', 'ben', 'ter', 'ten', 'y', 'abu', 'bint',
]);

/**
 * First names that are also ordinary words or company names ("Bill", "Mark", "Jack", "Ben"),
 * which the tests for "not a first name" below would otherwise turn away.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  'Al', 'Alan', 'Albert', 'Alexander', 'Allen', 'Amber', 'Andrew', 'Angel', 'Ann', 'Anne', 'Arthur',
  'Barbara', 'Ben', 'Bill', 'Billy', 'Bob', 'Bobby', 'Brad', 'Buck', 'Bud', 'Carl', 'Carol', 'Charles',
  'Charlie', 'Chip', 'Chris', 'Chuck', 'Cliff', 'Daisy', 'Dale', 'Dan', 'Daniel', 'David', 'Dawn',
  'Dean', 'Dick', 'Don', 'Douglas', 'Drew', 'Dwight', 'Earl', 'Eli', 'Ernest', 'Faith', 'Frank',
  'Franklin', 'Gene', 'George', 'Gilbert', 'Glen', 'Grace', 'Grant', 'Guy', 'Hank', 'Harry', 'Heather',
  'Henry', 'Herb', 'Holly', 'Hope', 'Howard', 'Iris', 'Ivy', 'Jack', 'James', 'Jay', 'Jean', 'Jerry',
  'Jim', 'Jimmy', 'Joe', 'John', 'Johnny', 'Joy', 'June', 'Ken', 'Kit', 'Lance', 'Lee', 'Lewis',
  'Mark', 'Martin', 'Matt', 'Max', 'Melody', 'Mickey', 'Mike', 'Miles', 'Nick', 'Norman', 'Olive',
  'Oscar', 'Pat', 'Patience', 'Patrick', 'Paul', 'Pearl', 'Penny', 'Pete', 'Peter', 'Phil', 'Ray',
  'Rich', 'Richard', 'Rick', 'Rob', 'Robert', 'Robin', 'Rod', 'Roger', 'Rose', 'Ruby', 'Rusty',
  'Sally', 'Sam', 'Sandy', 'Scott', 'Stanley', 'Steve', 'Sue', 'Ted', 'Terry', 'Thomas', 'Tim', 'Tom',
  'Tony', 'Victor', 'Walt', 'Walter', 'Warren', 'Wayne', 'Will', 'William', 'Willy',
]);

/** Days and months: "May" and "August" are not surnames in a story that says "in May". */
export const CALENDAR: ReadonlySet<string> = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'January', 'February',
  'March', 'April', 'May', 'July', 'August', 'September', 'October', 'November', 'December',
]);

/** Words a sentence may start with before a surname: "Meanwhile Smith said", "But Smith". */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'And', 'But', 'Or', 'So', 'Yet', 'Then', 'Now', 'Still', 'Also', 'Meanwhile',
  'Later', 'Earlier', 'Yesterday', 'Today', 'Tomorrow', 'Tonight', 'Last', 'Next', 'This', 'That',
  'These', 'Those', 'When', 'While', 'If', 'As', 'After', 'Before', 'Since', 'Until', 'Although',
  'Though', 'Because', 'However', 'Instead', 'Indeed', 'Afterwards', 'Here', 'There', 'His', 'Her',
  'Their', 'Our', 'My', 'Its', 'In', 'On', 'At', 'For', 'With', 'By', 'From', 'Of', 'To', 'Former',
  'Ex', 'Late', 'Dear', 'Why', 'How', 'What', 'Who', 'Where', 'Asked', 'Like', 'Unlike', 'Both',
  'Even', 'Only', 'Every', 'All', 'Many', 'Some', 'Most', 'One', 'Two', 'Three', 'First', 'Second',
  'Did', 'Does', 'Do', 'Is', 'Was', 'Are', 'Were', 'Has', 'Had', 'Have', 'Can', 'Could', 'Will',
  'Would', 'Should', 'Thanks', 'Thank', 'Says', 'Said', 'According', 'Under', 'Over', 'Without',
  'Against', 'Among', 'Between', 'Despite', 'During', 'Through', 'Throughout', 'Via', 'Per',
]);

/**
 * Capitalised words that start the names of places, bodies and things rather than people
 * ("North Korea", "New York", "United States", "Royal Mail"), days and months, and the
 * sentence starters above. A run with only these before its last word is no full name.
 */
export const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper',
  'Lower', 'Greater', 'Great', 'New', 'Old', 'United', 'Royal', 'National', 'Federal', 'State', 'City',
  'County', 'Mount', 'Lake', 'Cape', 'Fort', 'Port', 'Grand', 'Little', 'Middle', 'Far', 'Near', 'Holy',
  'San', 'Santa', 'Los', 'Las', 'Sri', 'Hong', 'Costa', 'Saudi', 'Puerto', 'Inner', 'Outer', 'Sierra',
  'Papua', 'Burkina', 'Rio', 'Buenos', 'Tel', 'Kuala', 'Abu', 'Dar', 'Baton', 'Salt', 'Palm', 'Monte',
  'Isle', 'Gulf', 'Bay', 'Wall', 'Silicon', 'Downing', 'Capitol', 'Buckingham', 'Westminster',
  'Whitehall', 'Scotland', 'Premier', 'Champions', 'Super', 'World', 'European', 'British', 'American',
  'International', 'Global', 'Labour', 'Conservative', 'Democratic', 'Republican', 'Liberal',
  'Green', 'Red', 'Blue', 'Black', 'White', 'Golden', 'Silver', 'Top', 'Big', 'Live', 'Radio', 'Channel',
  'Sky', 'Star', 'Sun', 'Daily', 'Sunday', 'Financial', 'Times',
  ...CALENDAR,
  ...SENTENCE_STARTERS,
]);

/**
 * Last words of the names of places, bodies, works and events, never a surname on their own:
 * "Adam Smith Institute", "Downing Street", "Crystal Palace".
 */
export const NOT_SURNAMES: ReadonlySet<string> = new Set([
  'Institute', 'Foundation', 'University', 'College', 'School', 'Academy', 'Street', 'Road', 'Avenue',
  'Lane', 'Square', 'Place', 'Park', 'Gardens', 'Bridge', 'Palace', 'House', 'Hall', 'Tower', 'Centre',
  'Center', 'Theatre', 'Theater', 'Museum', 'Gallery', 'Library', 'Church', 'Cathedral', 'Abbey',
  'Hospital', 'Clinic', 'Stadium', 'Arena', 'Airport', 'Station', 'Party', 'Council', 'Committee',
  'Commission', 'Parliament', 'Assembly', 'Congress', 'Senate', 'Court', 'Office', 'Department',
  'Ministry', 'Agency', 'Bureau', 'Service', 'Services', 'Group', 'Bank', 'Trust', 'Fund', 'Club',
  'Society', 'Association', 'Union', 'League', 'Federation', 'Company', 'Corporation', 'Inc', 'Ltd',
  'Plc', 'Records', 'Productions', 'Studios', 'Pictures', 'Films', 'Awards', 'Award', 'Prize',
  'Prizes', 'Medal', 'Cup', 'Trophy', 'Festival', 'Show', 'Games', 'Championship', 'Championships',
  'Open', 'Day', 'Week', 'Year', 'Act', 'Bill', 'Report', 'Review', 'Index', 'Times', 'News', 'Post',
  'Herald', 'Gazette', 'Journal', 'Magazine', 'Mail', 'Express', 'Telegraph', 'Guardian', 'Observer',
  'Standard', 'Mirror', 'Today', 'Tonight', 'Live', 'Online', 'Radio', 'Television', 'TV', 'Channel',
  'Network', 'Island', 'Islands', 'River', 'Valley', 'Mountains', 'Hills', 'Coast', 'Bay', 'Sea',
  'Ocean', 'Lake', 'Forest', 'Desert', 'Province', 'Region', 'County', 'City', 'Town', 'Village',
  'Republic', 'Kingdom', 'States', 'Empire', 'Nations', 'Alliance', 'Front', 'Movement', 'Army',
  'Navy', 'Force', 'Forces', 'Police', 'Brigade', 'Regiment', 'Squad', 'Team', 'United',
  'Rovers', 'Wanderers', 'Athletic', 'Albion', 'Villa', 'Hotspur', 'Spurs', 'Rangers', 'Celtic',
  'Argyle', 'Orient', 'Wolves', 'Motors', 'Airways', 'Airlines', 'Holdings',
  'Systems', 'Technologies', 'Software', 'Electronics', 'Entertainment', 'Music', 'Media', 'Partners',
  'Capital', 'Securities', 'Insurance', 'Energy', 'Oil', 'Gas', 'Telecom', 'Communications',
  'Way', 'Close', 'Drive', 'Row', 'Hotel', 'Restaurant', 'Cafe', 'Bar', 'Market', 'Exchange',
  'Plaza', 'Mall', 'Prison', 'Jail', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'Saturday', 'Sunday', 'Christmas', 'Easter', 'Eve', 'Rules', 'Law', 'Declaration', 'Treaty',
  'Accord', 'Agreement', 'Plan', 'Doctrine', 'Syndrome', 'Disease', 'Effect', 'Lecture',
]);

/**
 * Places that end names the way surnames do ("Tudor England", "Nazi-occupied Austria"):
 * countries, the nations of the UK, continents and large regions.
 */
export const PLACES: ReadonlySet<string> = new Set([
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia',
  'Austria', 'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium',
  'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Bosnia', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria',
  'Burma', 'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Chad', 'Chile', 'China', 'Colombia', 'Congo',
  'Croatia', 'Cuba', 'Cyprus', 'Czechia', 'Denmark', 'Djibouti', 'Dominica', 'Ecuador', 'Egypt',
  'Eritrea', 'Estonia', 'Eswatini', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia',
  'Georgia', 'Germany', 'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea', 'Guyana', 'Haiti',
  'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy',
  'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Korea', 'Kosovo', 'Kuwait',
  'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein',
  'Lithuania', 'Luxembourg', 'Macedonia', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali',
  'Malta', 'Mauritania', 'Mauritius', 'Mexico', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia',
  'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nauru', 'Nepal', 'Netherlands',
  'Nicaragua', 'Niger', 'Nigeria', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama',
  'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda',
  'Samoa', 'Senegal', 'Serbia', 'Seychelles', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia',
  'Spain', 'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania',
  'Thailand', 'Togo', 'Tonga', 'Tunisia', 'Turkey', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine',
  'Uruguay', 'Uzbekistan', 'Vanuatu', 'Vatican', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe',
  'Britain', 'England', 'Scotland', 'Wales', 'Ulster', 'Europe', 'Africa', 'Asia', 'America',
  'Americas', 'Arabia', 'Antarctica', 'Oceania', 'Scandinavia', 'Siberia', 'Caucasus', 'Balkans',
  'Caribbean', 'Kashmir', 'Tibet', 'Darfur', 'Chechnya', 'Kurdistan', 'Gaza', 'Crimea', 'Hollywood',
  'Bollywood', 'London', 'Paris', 'Berlin', 'Moscow', 'Washington', 'Beijing', 'Tokyo', 'Rome',
  'Madrid', 'Brussels', 'Dublin', 'Edinburgh', 'Belfast', 'Cardiff', 'Manchester', 'Liverpool',
  // Cities that end the names of clubs and bodies ("Bayern Munich", "Inter Milan") and are
  // seldom surnames
  'Munich', 'Milan', 'Turin', 'Barcelona', 'Lisbon', 'Porto', 'Amsterdam', 'Rotterdam', 'Hamburg',
  'Frankfurt', 'Vienna', 'Prague', 'Warsaw', 'Budapest', 'Athens', 'Istanbul', 'Ankara', 'Cairo',
  'Tripoli', 'Baghdad', 'Tehran', 'Kabul', 'Delhi', 'Mumbai', 'Karachi', 'Lahore', 'Dhaka', 'Bangkok',
  'Jakarta', 'Manila', 'Seoul', 'Shanghai', 'Sydney', 'Melbourne', 'Toronto', 'Montreal',
  'Vancouver', 'Chicago', 'Boston', 'Atlanta', 'Miami', 'Detroit', 'Seattle', 'Denver', 'York',
  'Orleans', 'Angeles', 'Francisco', 'Glasgow', 'Leeds', 'Birmingham', 'Bristol', 'Newcastle',
  'Sheffield', 'Nottingham', 'Leicester', 'Southampton', 'Portsmouth', 'Brighton', 'Oxford',
  'Cambridge', 'Westminster',
]);

/**
 * Nouns before a bare name that make it a company, a band, a work or a place rather than a
 * person: "oil firm Rosneft", "indie band Kasabian", "biopic Kinsey", "rival Euronext".
 */
export const NOT_PERSON_BEFORE: ReadonlySet<string> = new Set([
  'firm', 'firms', 'company', 'companies', 'group', 'giant', 'giants', 'rival', 'rivals', 'bank',
  'brand', 'label', 'maker', 'carmaker', 'chipmaker', 'airline', 'carrier', 'operator', 'provider',
  'insurer', 'lender', 'brewer', 'retailer', 'supermarket', 'chain', 'store', 'publisher',
  'network', 'channel', 'station', 'studio', 'newspaper', 'paper', 'magazine', 'site', 'website',
  'band', 'duo', 'trio', 'quartet', 'outfit', 'film', 'films', 'movie', 'biopic', 'novel',
  'book', 'album', 'single', 'song', 'track', 'play', 'musical', 'opera', 'show', 'series', 'sitcom',
  'drama', 'documentary', 'game', 'title', 'club', 'team', 'side', 'town', 'city', 'village', 'county',
  'region', 'province', 'state', 'country', 'island', 'port', 'capital', 'horse', 'ship', 'hotel',
  'restaurant', 'venue', 'operation', 'project', 'codenamed', 'dubbed', 'called', 'named', 'titled',
  'entitled', 'product', 'software', 'programme', 'program', 'browser', 'phone', 'handset', 'console',
  'format', 'index', 'exchange', 'fund', 'bourse', 'airport', 'hurricane', 'storm', 'typhoon',
  'subsidiary', 'unit', 'division', 'conglomerate', 'consortium', 'agency', 'regulator', 'watchdog',
  'the', 'a', 'an',
]);

/**
 * Nouns for people that stand before a name ("festival director Dieter Kosslick", "singer
 * Stone"): they show that the name is a person's, even when its words are also ordinary words.
 */
export const PERSON_ROLES: ReadonlySet<string> = new Set([
  'director', 'executive', 'chairman', 'chairwoman', 'chief', 'boss', 'founder', 'spokesman',
  'spokeswoman', 'spokesperson', 'analyst', 'economist', 'strategist', 'minister', 'secretary',
  'president', 'vice-president', 'chancellor', 'leader', 'singer', 'actor', 'actress', 'star',
  'comedian', 'presenter', 'broadcaster', 'writer', 'author', 'novelist', 'poet', 'playwright',
  'producer', 'composer', 'musician', 'rapper', 'guitarist', 'drummer', 'frontman', 'artist',
  'designer', 'photographer', 'journalist', 'reporter', 'editor', 'critic', 'commentator', 'host',
  'manager', 'coach', 'player', 'striker', 'midfielder', 'defender', 'goalkeeper', 'captain',
  'tycoon', 'billionaire', 'millionaire', 'entrepreneur', 'businessman', 'businesswoman',
  'financier', 'investor', 'banker', 'lawyer', 'barrister', 'solicitor', 'prosecutor', 'attorney',
  'judge', 'professor', 'scientist', 'researcher', 'expert', 'consultant', 'officer', 'official',
  'governor', 'mayor', 'senator', 'sheriff', 'detective', 'inspector', 'model', 'chef', 'dancer',
  'choreographer', 'filmmaker', 'screenwriter', 'architect', 'engineer', 'developer', 'programmer',
  'hacker', 'head', 'commander', 'warlord', 'general', 'soldier', 'colonel', 'rebel', 'militant',
  'activist', 'campaigner', 'protester', 'victim', 'suspect', 'defendant', 'colleague', 'friend',
  'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'boyfriend',
  'girlfriend', 'widow', 'teenager', 'student', 'pupil',
]);

/**
 * Peoples, nationalities and faiths, which follow adjectives the way surnames follow first
 * names ("Carib Indians", "Pakistani Muslims"), and are no one's surname in a news story.
 */
export const DEMONYMS: ReadonlySet<string> = new Set([
  'Afghan', 'Afghans', 'African', 'Africans', 'American', 'Americans', 'Arab', 'Arabs', 'Asian',
  'Asians', 'Australian', 'Australians', 'Briton', 'Britons', 'British', 'Canadian', 'Canadians',
  'Chinese', 'Dutch', 'Egyptian', 'Egyptians', 'English', 'European', 'Europeans', 'French',
  'German', 'Germans', 'Greek', 'Greeks', 'Indian', 'Indians', 'Iranian', 'Iranians', 'Iraqi',
  'Iraqis', 'Irish', 'Israeli', 'Israelis', 'Italian', 'Italians', 'Japanese', 'Kurd', 'Kurds',
  'Kurdish', 'Libyan', 'Libyans', 'Mexican', 'Mexicans', 'Nigerian', 'Nigerians', 'Pakistani',
  'Pakistanis', 'Palestinian', 'Palestinians', 'Polish', 'Russian', 'Russians', 'Saudi', 'Saudis',
  'Scottish', 'Scots', 'Spanish', 'Swiss', 'Syrian', 'Syrians', 'Turk', 'Turks', 'Turkish', 'Welsh',
  'Muslim', 'Muslims', 'Christian', 'Christians', 'Jew', 'Jews', 'Jewish', 'Hindu', 'Hindus', 'Sikh',
  'Sikhs', 'Buddhist', 'Buddhists', 'Catholic', 'Catholics', 'Protestant', 'Protestants', 'Sunni',
  'Sunnis', 'Shia', 'Shias', 'Shiite', 'Shiites', 'Yazidi', 'Yazidis', 'Roma', 'Latino', 'Latinos',
]);
