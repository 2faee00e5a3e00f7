"""Spanish posts, replies and bios by genuine Spanish-speaking Americans."""

_OPENERS = ("Hoy ", "Anoche ", "Por fin ", "No puedo creer que ", "Ayer ", "Este fin de semana ", "Qué día: ", "Les cuento: ")
_TAILS = ("", ".", "!", " jaja", " 😂", " 🙏", ", qué alegría.", ", ni modo.", " ❤️", ".")

FAMILY = (
    _OPENERS,
    ("mi abuela ", "mi hermano ", "mi hija ", "mi vecino ", "mi tía ", "mi compadre ", "mi esposa ", "mi mamá "),
    ("hizo tamales para toda la cuadra", "aprendió a usar videollamadas", "ganó el concurso de chili de la iglesia",
     "pintó la cerca de azul", "se fue de viaje a Guadalajara", "encontró su anillo perdido", "empezó clases de baile",
     "trajo pan dulce al trabajo"),
    _TAILS,
)

DAILY = (
    _OPENERS,
    ("el tráfico en la 10 ", "la lluvia ", "el calor ", "la fila del supermercado ", "el autobús ", "la escuela de los niños ", "el trabajo "),
    ("estuvo terrible", "no se acaba nunca", "me hizo llegar tarde", "fue más rápido de lo normal", "nos sorprendió a todos",
     "estuvo tranquilo por fin", "me tiene cansado"),
    _TAILS,
)

POLITICS = (
    ("Hoy fui a ", "Mañana voy a ", "Acompañé a mis papás a ", "Fuimos en familia a "),
    ("votar temprano en la biblioteca", "la reunión de candidatos", "registrarme para votar", "ver el debate en casa de mi tía"),
    (". ",),
    ("Cada voto cuenta", "Hay que informarse bien", "La fila fue corta", "Mucha gente joven votando", "Ashby y Marchetti tienen que hablar de vivienda"),
    ("", ".", "!", "!", " 🗳️"),
)

_EVERYDAY_TAGS = (("familia",), ("domingo",), ("Rivertown",))
_POLITICS_TAGS = (("Elecciones2026",), ("VotaTemprano",), ("Elecciones2026", "VotaTemprano"))

#: (slots, hashtag choices, share of posts with hashtags, weight of the family)
FAMILIES = (
    (FAMILY, _EVERYDAY_TAGS, 0.06, 1.0),
    (DAILY, _EVERYDAY_TAGS, 0.06, 1.0),
    (POLITICS, _POLITICS_TAGS, 0.45, 0.7),
)

REPLIES = (
    ("Totalmente de acuerdo", "Así es", "Jajaja", "No manches", "Qué bonito", "Gracias por compartir", "Yo también", "No estoy seguro"),
    ("", ".", "!", " 👏", " 😂", ", aquí igual.", " 🙌"),
)

BIOS = (
    ("Maestra. ", "Papá orgulloso. ", "Enfermera. ", "Estudiante. ", "Mecánico. ", "Dueña de negocio. ", "Cocinero. "),
    ("Fan de los Otters. ", "Amante del café. ", "Familia primero. ", "Música y fútbol. ", "Dios, familia, trabajo. "),
    ("", "🇺🇸🇲🇽", "🇺🇸", "Bilingüe.", "Texas."),
)
