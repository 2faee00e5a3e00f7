"""Portuguese and Indonesian posts, replies and bios.

Genuine Brazilians and Indonesians write these, and so did the repurposed
accounts in their earlier life, before they were bought.
"""

PORTUGUESE = (
    ("Hoje ", "Que jogo! ", "Bom dia! ", "Finalmente ", "Ontem ", "Gente, ", "Sério, ", "No domingo ", "Agora há pouco ", "Olha só: "),
    ("o Flamingo FC ", "meu time ", "a feira do bairro ", "o churrasco de domingo ", "o trânsito ", "minha avó ", "o ônibus ",
     "a padaria da esquina ", "meu chefe ", "a chuva ", "o show de ontem ", "meu cachorro "),
    ("ganhou de virada", "foi incrível", "estava lotado", "me deixou feliz", "foi uma loucura", "fez o melhor pão de queijo",
     "atrasou de novo", "não para nunca", "me surpreendeu", "estava perfeito"),
    ("!", " kkkk", " ⚽", " 🙏", ".", "!!", " 😂"),
    ("", "", "", " Bom demais.", " Que semana.", " Amei.", " Partiu fim de semana.", " Tô cansado.", " Valeu a pena."),
)

INDONESIAN = (
    ("Hari ini ", "Wah, ", "Selamat pagi! ", "Akhirnya ", "Kemarin ", "Guys, ", "Serius, ", "Minggu ini ", "Barusan ", "Lihat deh: "),
    ("tim kesayangan ", "pasar malam ", "macet di jalan ", "nasi goreng ibu ", "hujan deras ", "konser kampus ", "ojek langganan ",
     "warung dekat rumah ", "bos saya ", "kucing tetangga ", "kereta pagi ", "sate kambing "),
    ("luar biasa", "ramai sekali", "bikin capek", "enak banget", "seru sekali", "tidak ada habisnya", "telat lagi",
     "bikin senang", "mengejutkan", "sempurna"),
    ("!", " wkwk", " 😂", " 🙏", ".", "!!", " 🔥"),
    ("", "", "", " Mantap.", " Capek juga.", " Semangat!", " Akhir pekan datang.", " Alhamdulillah.", " Seru."),
)

#: Per language: (slots, hashtag choices, share of posts with hashtags, weight of the family)
FAMILIES = {
    "pt": ((PORTUGUESE, (("futebol",), ("domingo",)), 0.1, 1.0),),
    "id": ((INDONESIAN, (("sepakbola",), ("kuliner",)), 0.1, 1.0),),
}

REPLIES = {
    "pt": (("Verdade", "Concordo", "Kkkk", "Que isso", "Adorei", "Sério?", "Boa"), ("", "!", ".", " 😂", " 🙏", " demais")),
    "id": (("Setuju", "Betul", "Wkwk", "Serius?", "Mantap", "Keren", "Sama"), ("", "!", ".", " 😂", " 🙏", " banget")),
}

BIOS = {
    "pt": (("Professora. ", "Estudante. ", "Engenheiro. ", "Mãe. ", "Pai. ", "Designer. ", ""), ("Futebol e família. ", "Café e música. ", "Deus no comando. ", ""), ("", "🇧🇷", "SP", "Rio ❤️")),
    "id": (("Guru. ", "Mahasiswa. ", "Ibu rumah tangga. ", "Pengusaha. ", "Karyawan. ", ""), ("Suka kopi. ", "Pecinta bola. ", "Traveling. ", ""), ("", "🇮🇩", "Jakarta", "Bandung")),
}
