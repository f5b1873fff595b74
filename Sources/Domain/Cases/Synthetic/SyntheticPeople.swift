/// Names and places for synthetic cases: Highland first names and surnames, towns with their postcode districts
/// (IV, KW, PH and PA), and streets. Invented people at real-looking addresses, so search and filters behave as they
/// would on a council's data.
enum SyntheticPeople {
    static let firstNames = [
        "Morag", "Catriona", "Eilidh", "Isla", "Mairi", "Fiona", "Kirsty", "Ailsa", "Shona", "Rhona", "Iona", "Ishbel",
        "Seonaid", "Flora", "Jessie", "Annie", "Margaret", "Elizabeth", "Janet", "Helen", "Sarah", "Emma", "Olivia", "Amelia",
        "Freya", "Ava", "Grace", "Sophie", "Lucy", "Chloe", "Ruby", "Ellie", "Hannah", "Rachel", "Joanne", "Lorna", "Heather",
        "Alasdair", "Angus", "Calum", "Donald", "Duncan", "Ewan", "Fraser", "Hamish", "Iain", "Lachlan", "Murdo", "Niall",
        "Ruaridh", "Torquil", "Uisdean", "Kenneth", "Alexander", "James", "John", "William", "David", "Robert", "Andrew",
        "Thomas", "Peter", "Michael", "Stuart", "Graham", "Gordon", "Colin", "Craig", "Scott", "Jamie", "Ross", "Callum",
        "Finlay", "Lewis", "Jack", "Oliver", "Noah", "Harris", "Rory", "Archie", "Mohammed", "Aisha", "Wojciech", "Agnieszka",
        "Piotr", "Marta", "Sean", "Siobhan", "Ciaran", "Niamh", "Priya", "Arjun", "Mei", "Tomasz", "Ana", "Luis", "Fatima",
    ]

    static let surnames = [
        "MacLeod", "MacKenzie", "MacDonald", "Mackay", "Fraser", "Ross", "Munro", "Macrae", "MacLean", "Sutherland",
        "Campbell", "Stewart", "Grant", "Cameron", "Matheson", "MacKinnon", "MacPherson", "MacIntosh", "Gunn", "Sinclair",
        "Morrison", "MacAulay", "Nicolson", "MacKintosh", "Chisholm", "MacGregor", "Macintyre", "MacMillan", "Murray", "Robertson",
        "Smith", "Brown", "Wilson", "Thomson", "Anderson", "Scott", "Reid", "Clark", "Taylor", "Paterson", "Watson", "Young",
        "Mitchell", "Walker", "Henderson", "Ferguson", "Hamilton", "Graham", "Kerr", "Johnston", "Bell", "Miller", "Duncan",
        "Shaw", "Kennedy", "Hunter", "Gray", "Allan", "Gordon", "Forbes", "Urquhart", "Maclennan", "Macaskill", "Macleay",
        "Bain", "Mackie", "Polson", "Manson", "Oag", "Swanson", "Budge", "Coghill", "Dunnet", "Rosie", "Banks", "Farquhar",
        "Nowak", "Kowalski", "Wisniewska", "Khan", "Patel", "Ahmed", "Singh", "Chen", "Wong", "O'Neill", "Murphy", "Kelly",
        "Doherty", "Garcia", "Santos", "Silva", "Novak", "Horvat", "Mòrag", "Macdhòmhnaill", "Caimbeul", "Friseal", "Rothach",
    ]

    /// Towns, each with the postcode districts that cover it.
    static let places: [(town: String, districts: [String])] = [
        ("Inverness", ["IV1", "IV2", "IV3"]), ("Nairn", ["IV12"]), ("Dingwall", ["IV15"]), ("Invergordon", ["IV18"]),
        ("Tain", ["IV19"]), ("Alness", ["IV17"]), ("Fortrose", ["IV10"]), ("Beauly", ["IV4"]), ("Portree", ["IV51"]),
        ("Kyle of Lochalsh", ["IV40"]), ("Ullapool", ["IV26"]), ("Gairloch", ["IV21"]), ("Lochinver", ["IV27"]),
        ("Wick", ["KW1"]), ("Thurso", ["KW14"]), ("Halkirk", ["KW12"]), ("Brora", ["KW9"]), ("Golspie", ["KW10"]),
        ("Helmsdale", ["KW8"]), ("Lairg", ["IV27"]), ("Aviemore", ["PH22"]), ("Kingussie", ["PH21"]), ("Newtonmore", ["PH20"]),
        ("Grantown-on-Spey", ["PH26"]), ("Fort William", ["PH33"]), ("Mallaig", ["PH41"]), ("Kinlochleven", ["PH50"]),
        ("Spean Bridge", ["PH34"]), ("Fort Augustus", ["PH32"]), ("Strontian", ["PH36"]), ("Oban", ["PA34"]),
        ("Lochaline", ["PA80"]), ("Tobermory", ["PA75"]), ("Broadford", ["IV49"]), ("Dornie", ["IV40"]),
    ]

    static let streets = [
        "High Street", "Church Street", "Academy Street", "Castle Street", "Union Street", "Bridge Street", "Harbour Road",
        "Shore Street", "Station Road", "Mill Road", "Culduthel Road", "Telford Street", "Tomnahurich Street", "Old Edinburgh Road",
        "Argyle Street", "Kenneth Street", "Glenurquhart Road", "Lochalsh Road", "Smithton Park", "Drumossie Avenue", "Ness Bank",
        "Crown Avenue", "Victoria Drive", "Riverside Way", "Braeside Park", "Cameron Square", "Market Brae", "Seafield Road",
        "Grampian View", "Fairfield Road", "Balloch Road", "Hilton Avenue", "Scorguie Road", "Dalneigh Crescent", "Lochardil Road",
    ]

    /// Words for free-text answers: what people write about hardship, volunteering, school transport, roads and waste.
    static let words = [
        "rent", "arrears", "heating", "electricity", "meter", "shopping", "children", "school", "bus", "route", "stop", "safety",
        "winter", "dark", "road", "pavement", "junction", "bend", "deep", "hole", "tyre", "bike", "wheelchair", "pram", "sofa",
        "mattress", "fridge", "wardrobe", "table", "chairs", "garden", "shed", "carpet", "boxes", "collection", "driveway",
        "weekend", "evenings", "mornings", "gardening", "cooking", "driving", "befriending", "foodbank", "library", "cafe",
        "hospital", "appointment", "job", "hours", "cut", "universal", "credit", "payment", "delayed", "broken", "boiler",
        "washing", "machine", "cooker", "bed", "cot", "uniform", "shoes", "council", "tax", "bill", "cold", "damp", "help",
        "urgent", "please", "thank", "you", "near", "outside", "opposite", "corner", "crossing", "village", "croft", "ferry",
    ]
}
