"""People's names, places and handle words.

Common given names and surnames only; combinations are random. Surnames
shared with well-known politicians are left out on purpose, so no generated
name reads as a real public person (a test scans for such names).
"""

FIRST_EN = (
    "James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Chris", "Emily",
    "Daniel", "Jessica", "Matthew", "Ashley", "Andrew", "Sarah", "Joshua", "Megan", "Ryan", "Amanda",
    "Brian", "Nicole", "Kevin", "Heather", "Jason", "Rachel", "Eric", "Laura", "Tyler", "Hannah",
    "Aaron", "Kayla", "Adam", "Lauren", "Nathan", "Brittany", "Zach", "Olivia", "Ethan", "Emma",
    "Logan", "Abby", "Dylan", "Chloe", "Caleb", "Grace", "Luke", "Molly", "Owen", "Paige",
    "Travis", "Tara", "Derek", "Holly", "Shane", "Wendy", "Gary", "Donna", "Randy", "Tammy",
    "Keith", "Brenda", "Wayne", "Denise", "Curtis", "Gina", "Marcus", "Tanya", "Jamal", "Keisha",
    "Darnell", "Imani", "Andre", "Aaliyah", "Trevor", "Jenna", "Colin", "Erin", "Sean", "Kelsey",
)

#: FIRST_EN alternates men's and women's names.
FIRST_EN_MEN = FIRST_EN[0::2]
FIRST_EN_WOMEN = FIRST_EN[1::2]

LAST_EN = (
    "Miller", "Davis", "Wilson", "Anderson", "Thomas", "Moore", "Martin", "Thompson", "White", "Clark",
    "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green",
    "Baker", "Nelson", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
    "Collins", "Stewart", "Morris", "Rogers", "Reed", "Cook", "Morgan", "Bell", "Murphy", "Bailey",
    "Cooper", "Richardson", "Cox", "Howard", "Ward", "Peterson", "Gray", "Watson", "Brooks", "Sutton",
    "Price", "Bennett", "Wood", "Barnes", "Ross", "Henderson", "Coleman", "Jenkins", "Perry", "Powell",
    "Long", "Patterson", "Hughes", "Flores", "Butler", "Simmons", "Foster", "Bryant", "Russell", "Griffin",
    "Hayes", "Myers", "Lowe", "Hamilton", "Garner", "Wallace", "Woods", "Cole", "West", "Owens",
    "Reynolds", "Fisher", "Ellis", "Harper", "Mason", "Dixon", "Hunt", "Palmer", "Wagner", "Hawkins",
)

FIRST_ES = (
    "José", "María", "Luis", "Ana", "Carlos", "Lucía", "Jorge", "Sofía", "Miguel", "Valeria",
    "Javier", "Camila", "Diego", "Isabel", "Andrés", "Gabriela", "Ricardo", "Daniela", "Fernando", "Mariana",
    "Alejandro", "Paola", "Raúl", "Elena", "Héctor", "Rosa", "Manuel", "Adriana", "Óscar", "Carmen",
)

LAST_ES = (
    "García", "Martínez", "Rodríguez", "López", "Hernández", "González", "Pérez", "Sánchez", "Ramírez", "Torres",
    "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Morales", "Cruz", "Ortiz", "Gutiérrez", "Chávez",
    "Ramos", "Ruiz", "Mendoza", "Vargas", "Castillo", "Jiménez", "Moreno", "Romero", "Herrera", "Medina",
)

# Chinese names as (pinyin, characters). The given name "Yi" is left out on purpose.
SURNAMES_ZH = (
    ("Chen", "陈"), ("Lin", "林"), ("Huang", "黄"), ("Zhang", "张"), ("Liu", "刘"), ("Wu", "吴"),
    ("Zhou", "周"), ("Zhao", "赵"), ("Sun", "孙"), ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡"),
    ("Guo", "郭"), ("He", "何"), ("Gao", "高"), ("Luo", "罗"), ("Zheng", "郑"), ("Liang", "梁"),
    ("Xie", "谢"), ("Tang", "唐"), ("Han", "韩"), ("Cao", "曹"), ("Feng", "冯"), ("Deng", "邓"),
)

GIVEN_ZH = (
    ("Wei", "伟"), ("Fang", "芳"), ("Min", "敏"), ("Jing", "静"), ("Lei", "磊"), ("Yan", "燕"),
    ("Jie", "杰"), ("Xiaoling", "晓玲"), ("Haoran", "浩然"), ("Yuting", "雨婷"), ("Zihan", "子涵"), ("Mingzhe", "明哲"),
    ("Shufen", "淑芬"), ("Jianguo", "建国"), ("Lili", "丽丽"), ("Tao", "涛"), ("Hui", "慧"), ("Qiang", "强"),
    ("Xinyi", "欣怡"), ("Jiahao", "家豪"), ("Meiling", "美玲"), ("Zhiwei", "志伟"), ("Ruoxi", "若曦"), ("Kai", "凯"),
)

# English names Chinese Americans often go by.
FIRST_EN_ZH = ("Kevin", "Grace", "Eric", "Vivian", "Jason", "Cindy", "Michael", "Amy", "Tony", "Helen", "Jenny", "Frank", "Annie", "Steven", "Iris", "Vincent")

FIRST_PT = ("Rafael", "Lucas", "Gabriel", "Mateus", "Thiago", "Juliana", "Larissa", "Camila", "Bruna", "Fernanda", "Rodrigo", "Felipe")
LAST_PT = ("Souza", "Oliveira", "Santos", "Pereira", "Almeida", "Ferreira", "Costa", "Ribeiro", "Carvalho", "Araújo", "Barbosa", "Lima")
FIRST_ID = ("Budi", "Agus", "Dewi", "Rina", "Andi", "Sri", "Eko", "Putri", "Joko", "Ayu", "Rizky", "Fitri")
LAST_ID = ("Santoso", "Wijaya", "Saputra", "Hidayat", "Pratama", "Kusuma", "Setiawan", "Nugroho", "Lestari", "Rahmawati", "Purnama", "Siregar")

# Where genuine users say they live, by time zone (same order as us.timezones).
LOCATIONS_BY_ZONE = {
    "America/New_York": (
        "Columbus, OH", "Atlanta, GA", "Philadelphia, PA", "Raleigh, NC", "Pittsburgh", "Brooklyn, NY",
        "Orlando, FL", "Detroit, MI", "Boston, MA", "Richmond, VA", "Charlotte, NC", "New Jersey",
        "Ohio, USA", "Tampa Bay", "Buffalo, NY", "Baltimore, MD", "Cleveland", "Savannah, GA",
    ),
    "America/Chicago": (
        "Chicago, IL", "Houston, TX", "Dallas, TX", "Minneapolis, MN", "St. Louis, MO", "Milwaukee, WI",
        "Nashville, TN", "New Orleans, LA", "Kansas City", "Austin, TX", "Omaha, NE", "Madison, WI",
        "Tulsa, OK", "Memphis", "Des Moines, IA", "Texas",
    ),
    "America/Denver": (
        "Denver, CO", "Salt Lake City, UT", "Boise, ID", "Albuquerque, NM", "Colorado Springs", "Billings, MT",
        "Fort Collins, CO", "Cheyenne, WY",
    ),
    "America/Los_Angeles": (
        "Los Angeles, CA", "Seattle, WA", "Portland, OR", "San Diego, CA", "Sacramento, CA", "San Jose, CA",
        "Oakland, CA", "Las Vegas, NV", "Spokane, WA", "Fresno, CA", "Bay Area", "SoCal",
    ),
}

LOCATIONS_ZH_BY_ZONE = {
    "America/New_York": ("Flushing, NY", "纽约法拉盛", "Sunset Park, Brooklyn", "Boston, MA", "新泽西", "Philadelphia Chinatown", "Atlanta, GA"),
    "America/Chicago": ("Chicago, IL", "休斯顿", "Houston, TX", "Dallas, TX", "Plano, TX"),
    "America/Denver": ("Denver, CO", "Salt Lake City", "丹佛"),
    "America/Los_Angeles": ("San Gabriel Valley, CA", "旧金山湾区", "San Francisco, CA", "Irvine, CA", "洛杉矶", "Bellevue, WA", "Cupertino, CA", "西雅图"),
}

LOCATIONS_ES_BY_ZONE = {
    "America/New_York": ("Miami, FL", "Orlando, FL", "The Bronx, NY", "Paterson, NJ", "Hialeah, FL"),
    "America/Chicago": ("San Antonio, TX", "El Paso, TX", "Houston, TX", "Chicago, IL", "McAllen, TX", "Dallas, TX"),
    "America/Denver": ("Albuquerque, NM", "Denver, CO", "Las Cruces, NM"),
    "America/Los_Angeles": ("Los Ángeles, CA", "East LA", "San Diego, CA", "Fresno, CA", "Las Vegas, NV"),
}

# What campaign accounts claim: US, but vague.
LOCATIONS_CLAIMED = (
    "United States", "USA", "Texas, USA", "New York, USA", "Florida", "California, USA", "Ohio",
    "Michigan, USA", "America 🇺🇸", "Pennsylvania", "Georgia, USA", "Arizona", "Los Angeles", "Chicago",
)

LOCATIONS_PT = ("São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Brasil")
LOCATIONS_ID = ("Jakarta", "Surabaya", "Bandung", "Medan", "Indonesia")

# Words for handles that are not just names.
HANDLE_WORDS = (
    "coffee", "river", "maple", "sunny", "quiet", "lucky", "urban", "daily", "north", "south",
    "garden", "pixel", "retro", "happy", "brave", "lazy", "cosmic", "little", "wild", "golden",
    "dog", "cat", "mom", "dad", "runner", "reader", "baker", "fan", "nerd", "guy",
    "girl", "life", "vibes", "talks", "notes", "studio", "books", "trails", "hoops", "tunes",
)
