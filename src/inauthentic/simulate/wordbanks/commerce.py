"""Commercial spam: deals, giveaways and shop links. Not political."""

HOOKS = (
    "🔥 FLASH SALE ", "Limited time! ", "Don't miss out: ", "TODAY ONLY ", "Giveaway time! 🎁 ", "Best price ever: ",
    "Restocked! ", "Last chance ", "New arrivals: ", "Members deal: ",
)

PRODUCTS = (
    "wireless earbuds ", "LED desk lamps ", "vitamin C serum ", "running shoes ", "smart watches ", "phone cases ",
    "air fryers ", "yoga mats ", "designer-style sunglasses ", "memory foam pillows ", "gaming headsets ", "sneakers ",
    "skincare bundles ", "kitchen knife sets ", "fleece blankets ",
)

DEALS = ("up to 70% off", "buy 1 get 1 free", "50% off + free shipping", "from $9.99", "under $20", "extra 30% off with code SAVE30", "free gift with every order")

CALLS = (" 👉", " 👉 tap the link", " - shop now", " - while stock lasts", " 🛒", "!", ". Link below")

TAGS = (("deal",), ("sale",), ("giveaway",), ("freeshipping",), ("discount",), ("deal", "sale"), ("shopping",), ())

REPLY_BAIT = (
    "Love this! Check my page for amazing deals 🛍️", "Nice post! Big discounts on my profile 🔥", "So true! PS we ship free today 🎁",
    "Great thread. Don't miss our flash sale 👉", "Agree!! Also, giveaway on my page 🎉",
)

BIOS = (
    "Best deals daily | Free shipping | DM for collabs", "Your #1 source for discounts 🔥", "Deals, drops and giveaways every day",
    "Official deals account. Shop the link.", "Saving you money since 2023 💸",
)

HANDLE_STEMS = ("deal", "shop", "sale", "promo", "bargain", "savvy", "outlet", "offer", "drop", "coupon")
