/// Small English word lists for the faker-shaped generators (written for Courier; a few dozen
/// entries each, enough for plausible values).
enum FakerWords {
    static let firstNames = [
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
        "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
        "Aiden", "Zoe", "Mason", "Chloe", "Liam", "Harper", "Noah", "Avery", "Ethan", "Layla", "Lucas",
        "Nora", "Oliver", "Riley", "Elijah", "Stella", "Owen", "Hazel", "Caleb", "Violet", "Dante", "Maribel",
    ]
    static let lastNames = [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
        "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson",
        "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Parker", "Evans", "Edwards", "Collins",
        "O'Connor", "Fitzgerald", "Lindqvist", "Hartmann", "Novak", "Delgado",
    ]
    static let namePrefixes = ["Mr.", "Mrs.", "Ms.", "Miss", "Dr."]
    static let nameSuffixes = ["Jr.", "Sr.", "I", "II", "III", "IV", "V", "MD", "DDS", "PhD", "DVM"]
    static let jobDescriptors = [
        "Lead", "Senior", "Direct", "Corporate", "Dynamic", "Future", "Product", "National", "Regional",
        "District", "Central", "Global", "Customer", "Investor", "Principal", "Internal", "International",
        "Chief", "Legacy", "Forward", "Human",
    ]
    static let jobAreas = [
        "Solutions", "Program", "Brand", "Security", "Research", "Marketing", "Directives", "Implementation",
        "Integration", "Functionality", "Response", "Paradigm", "Tactics", "Identity", "Markets", "Group",
        "Division", "Applications", "Optimization", "Operations", "Infrastructure", "Intranet",
        "Communications", "Web", "Branding", "Quality", "Assurance", "Mobility", "Accounts", "Data",
        "Creative", "Configuration", "Interactions", "Factors", "Usability", "Metrics",
    ]
    static let jobTypes = [
        "Supervisor", "Associate", "Executive", "Liaison", "Officer", "Manager", "Engineer", "Specialist",
        "Director", "Coordinator", "Administrator", "Architect", "Analyst", "Designer", "Planner",
        "Orchestrator", "Technician", "Developer", "Producer", "Consultant", "Assistant", "Facilitator",
        "Agent", "Representative", "Strategist",
    ]

    static let cityPrefixes = ["North", "East", "West", "South", "New", "Lake", "Port"]
    static let citySuffixes = [
        "town", "ton", "land", "ville", "berg", "burgh", "borough", "bury", "view", "port", "mouth", "stad",
        "furt", "chester", "fort", "haven", "side", "shire",
    ]
    static let streetSuffixes = [
        "Street", "Avenue", "Road", "Lane", "Drive", "Court", "Place", "Square", "Way", "Parkway",
        "Boulevard", "Trail", "Terrace", "Crossing", "Ridge", "Harbor", "Meadows", "Springs", "Village",
        "Station", "Mill", "Plains", "Heights", "Garden", "Loop", "Pike", "Rapid", "Shore", "Summit",
        "Valley",
    ]
    static let countries = [
        "Argentina", "Australia", "Austria", "Belgium", "Brazil", "Canada", "Chile", "China", "Denmark",
        "Egypt", "Finland", "France", "Germany", "Ghana", "Greece", "Iceland", "India", "Indonesia",
        "Ireland", "Italy", "Japan", "Kenya", "Mexico", "Morocco", "Netherlands", "New Zealand", "Norway",
        "Peru", "Poland", "Portugal", "Spain", "Sweden", "Switzerland", "Thailand", "Turkey", "Ukraine",
        "United Kingdom", "United States of America", "Uruguay", "Vietnam",
    ]
    static let countryCodes = [
        "AR", "AU", "AT", "BE", "BR", "CA", "CL", "CN", "DK", "EG", "FI", "FR", "DE", "GH", "GR", "IS", "IN",
        "ID", "IE", "IT", "JP", "KE", "MX", "MA", "NL", "NZ", "NO", "PE", "PL", "PT", "ES", "SE", "CH", "TH",
        "TR", "UA", "GB", "US", "UY", "VN",
    ]
    static let languageCodes = [
        "af", "am", "ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "en", "eo", "es",
        "et", "eu", "fa", "fi", "fr", "ga", "gl", "gu", "he", "hi", "hr", "hu", "hy", "id", "is", "it", "ja",
        "ka", "kk", "km", "ko", "lt", "lv", "mk", "ml", "mn", "ms", "mt", "nb", "nl", "pl", "pt", "ro", "ru",
        "sk", "sl", "sq", "sr", "sv", "sw", "ta", "te", "th", "tr", "uk", "ur", "uz", "vi", "zh", "zu",
    ]

    static let colors = [
        "red", "orange", "yellow", "green", "blue", "indigo", "violet", "purple", "pink", "magenta", "cyan",
        "teal", "turquoise", "lime", "olive", "maroon", "navy", "silver", "gold", "white", "black", "grey",
        "azure", "orchid", "plum", "salmon", "tan", "sky blue", "mint green", "lavender",
    ]
    static let departments = [
        "Books", "Movies", "Music", "Games", "Electronics", "Computers", "Home", "Garden", "Tools", "Grocery",
        "Health", "Beauty", "Toys", "Kids", "Baby", "Clothing", "Shoes", "Jewelery", "Sports", "Outdoors",
        "Automotive", "Industrial",
    ]
    static let productAdjectives = [
        "Small", "Ergonomic", "Rustic", "Intelligent", "Gorgeous", "Incredible", "Fantastic", "Practical",
        "Sleek", "Awesome", "Generic", "Handcrafted", "Handmade", "Licensed", "Refined", "Unbranded", "Tasty",
    ]
    static let productMaterials = [
        "Steel", "Wooden", "Concrete", "Plastic", "Cotton", "Granite", "Rubber", "Metal", "Soft", "Fresh",
        "Frozen",
    ]
    static let products = [
        "Chair", "Car", "Computer", "Keyboard", "Mouse", "Bike", "Ball", "Gloves", "Pants", "Shirt", "Table",
        "Shoes", "Hat", "Towels", "Soap", "Tuna", "Chicken", "Fish", "Cheese", "Bacon", "Pizza", "Salad",
        "Sausages", "Chips",
    ]

    static let companySuffixes = ["Inc", "and Sons", "LLC", "Group"]
    static let catchPhraseAdjectives = [
        "Adaptive", "Advanced", "Automated", "Balanced", "Centralized", "Configurable", "Cross-platform",
        "Customizable", "Decentralized", "Distributed", "Enhanced", "Ergonomic", "Face to face", "Focused",
        "Front-line", "Fundamental", "Horizontal", "Innovative", "Integrated", "Managed", "Multi-layered",
        "Open-architected", "Optimized", "Persistent", "Proactive", "Reactive", "Robust", "Seamless",
        "Streamlined", "Synergized", "Team-oriented", "Universal", "User-friendly", "Vision-oriented",
    ]
    static let catchPhraseDescriptors = [
        "24 hour", "24/7", "3rd generation", "actuating", "analyzing", "asymmetric", "asynchronous",
        "bottom-line", "client-driven", "client-server", "composite", "contextually-based", "dedicated",
        "demand-driven", "dynamic", "executive", "explicit", "fault-tolerant", "global", "heuristic",
        "high-level", "holistic", "interactive", "local", "logistical", "mission-critical", "modular",
        "multi-state", "needs-based", "next generation", "optimizing", "real-time", "responsive", "scalable",
        "stable", "systematic", "tangible", "transitional", "value-added", "zero tolerance",
    ]
    static let catchPhraseNouns = [
        "ability", "access", "adapter", "algorithm", "alliance", "analyzer", "application", "approach",
        "architecture", "archive", "array", "attitude", "benchmark", "capability", "challenge", "circuit",
        "concept", "database", "definition", "emulation", "encoding", "extranet", "firmware", "framework",
        "function", "groupware", "hardware", "hierarchy", "hub", "infrastructure", "initiative", "interface",
        "knowledge base", "matrix", "methodology", "middleware", "model", "moderator", "neural-net",
        "paradigm", "portal", "process improvement", "protocol", "service-desk", "software", "solution",
        "strategy", "synergy", "throughput", "toolset", "workforce",
    ]
    static let bsBuzzwords = [
        "implement", "utilize", "integrate", "streamline", "optimize", "evolve", "transform", "embrace",
        "enable", "orchestrate", "leverage", "reinvent", "aggregate", "architect", "enhance", "incentivize",
        "morph", "empower", "envisioneer", "monetize", "harness", "facilitate", "seize", "disintermediate",
        "synergize", "strategize", "deploy", "brand", "grow", "target", "syndicate", "synthesize", "deliver",
        "mesh", "incubate", "engage", "maximize", "benchmark", "expedite", "visualize", "innovate", "scale",
        "unleash", "drive", "extend", "engineer", "revolutionize", "generate", "exploit", "iterate",
        "cultivate", "matrix", "productize", "redefine", "recontextualize",
    ]
    static let bsAdjectives = [
        "clicks-and-mortar", "value-added", "vertical", "proactive", "robust", "revolutionary", "scalable",
        "leading-edge", "innovative", "intuitive", "strategic", "e-business", "mission-critical", "sticky",
        "one-to-one", "24/7", "end-to-end", "global", "B2B", "B2C", "granular", "frictionless", "virtual",
        "viral", "dynamic", "best-of-breed", "killer", "magnetic", "bleeding-edge", "web-enabled",
        "interactive", "dot-com", "sexy", "back-end", "real-time", "efficient", "front-end", "distributed",
        "seamless", "extensible", "turn-key", "world-class", "open-source", "cross-platform", "cross-media",
        "synergistic", "bricks-and-clicks", "out-of-the-box", "enterprise", "integrated", "impactful",
        "wireless", "transparent", "next-generation", "cutting-edge", "user-centric", "visionary",
        "customized", "ubiquitous", "plug-and-play", "collaborative", "compelling", "holistic", "rich",
    ]
    static let bsNouns = [
        "synergies", "web-readiness", "paradigms", "markets", "partnerships", "infrastructures", "platforms",
        "initiatives", "channels", "eyeballs", "communities", "ROI", "solutions", "e-tailers", "e-services",
        "action-items", "portals", "niches", "technologies", "content", "vortals", "supply-chains",
        "convergence", "relationships", "architectures", "interfaces", "e-markets", "e-commerce", "systems",
        "bandwidth", "infomediaries", "models", "mindshare", "deliverables", "users", "schemas", "networks",
        "applications", "metrics", "e-business", "functionalities", "experiences", "web services",
        "methodologies", "blockchains",
    ]

    static let databaseColumns = [
        "id", "title", "name", "email", "phone", "token", "group", "category", "password", "comment",
        "avatar", "status", "createdAt", "updatedAt",
    ]
    static let databaseTypes = [
        "int", "varchar", "text", "date", "datetime", "tinyint", "time", "timestamp", "smallint", "mediumint",
        "bigint", "decimal", "float", "double", "real", "bit", "boolean", "serial", "blob", "binary", "enum",
        "set", "geometry", "point",
    ]
    static let databaseCollations = [
        "utf8_unicode_ci", "utf8_general_ci", "utf8_bin", "ascii_bin", "ascii_general_ci", "cp1250_bin",
        "cp1250_general_ci",
    ]
    static let databaseEngines = ["InnoDB", "MyISAM", "MEMORY", "CSV", "BLACKHOLE", "ARCHIVE"]

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    static let accountTypes = [
        "Checking", "Savings", "Money Market", "Investment", "Home Loan", "Credit Card", "Auto Loan",
        "Personal Loan",
    ]
    static let transactionTypes = ["deposit", "withdrawal", "payment", "invoice"]
    /// (ISO 4217 code, name, symbol); the symbol may be empty, as in faker.
    static let currencies: [(code: String, name: String, symbol: String)] = [
        ("USD", "US Dollar", "$"), ("EUR", "Euro", "€"), ("GBP", "Pound Sterling", "£"), ("JPY", "Yen", "¥"),
        ("CHF", "Swiss Franc", "CHF"), ("CAD", "Canadian Dollar", "$"), ("AUD", "Australian Dollar", "$"),
        ("CNY", "Yuan Renminbi", "¥"), ("INR", "Indian Rupee", "₹"), ("RUB", "Russian Ruble", "руб"),
        ("BRL", "Brazilian Real", "R$"), ("MXN", "Mexican Peso", "$"), ("SEK", "Swedish Krona", "kr"),
        ("NOK", "Norwegian Krone", "kr"), ("DKK", "Danish Krone", "kr"), ("PLN", "Zloty", "zł"),
        ("KRW", "Won", "₩"), ("ZAR", "Rand", "R"), ("TRY", "Turkish Lira", "TL"),
        ("ILS", "New Israeli Sheqel", "₪"),
        ("NZD", "New Zealand Dollar", "$"), ("SGD", "Singapore Dollar", "$"), ("XAU", "Gold", ""),
    ]
}
