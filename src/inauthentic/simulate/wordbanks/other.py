"""Portuguese and Indonesian posts: the earlier life of repurposed accounts."""

PORTUGUESE = (
    ("Hoje ", "Que jogo! ", "Bom dia! ", "Finalmente ", "Ontem "),
    ("o Flamingo FC ", "meu time ", "a feira do bairro ", "o churrasco de domingo ", "o trânsito ", "minha avó "),
    ("ganhou de virada", "foi incrível", "estava lotado", "me deixou feliz", "foi uma loucura", "fez o melhor pão de queijo"),
    ("", "!", " kkkk", " ⚽", " 🙏", "."),
)

INDONESIAN = (
    ("Hari ini ", "Wah, ", "Selamat pagi! ", "Akhirnya ", "Kemarin "),
    ("tim kesayangan ", "pasar malam ", "macet di jalan ", "nasi goreng ibu ", "hujan deras ", "konser kampus "),
    ("luar biasa", "ramai sekali", "bikin capek", "enak banget", "seru sekali", "tidak ada habisnya"),
    ("", "!", " wkwk", " 😂", " 🙏", "."),
)

#: Per language: (slots, hashtag choices, share of posts with hashtags, weight of the family)
FAMILIES = {
    "pt": ((PORTUGUESE, (("futebol",), ("domingo",)), 0.1, 1.0),),
    "id": ((INDONESIAN, (("sepakbola",), ("kuliner",)), 0.1, 1.0),),
}
