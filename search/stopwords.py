"""Function words left out of the index and out of queries, in normalised form (see
search.analysis.normalise). Romanian words are listed with and without diacritics because people
type both. Words that are also content words in another of the languages stay out: Romanian
"care" (which) is English "care", the heart of this site; "fata" is "the girl".
"""

BULGARIAN = frozenset(
    """
    а аз ако ала бе без би бил била били било бъде бяха бях беше в вас ваш ваша ваше ваши вече
    ви вие все всеки всички всичко всяка всяко във въпреки го да дали до докато е ето за зад
    защо защото и из или им има имат й ѝ как каква какво какъв както като кога когато кой коя
    кое които който която което към ли ме между мен ми може му на над нас наш наша наше наши
    не него нея ни ние нито них но някой някои няма о обаче около от отколкото още пак по под
    поради после пред преди при с са само се си след сме сте съм със също та така такава такива
    такъв там те тези ти то това този той тук тя тях у че чрез ще щом я един една едно едни
    """.split()
)

ROMANIAN = frozenset(
    """
    a acea aceasta această acest acesta aceste acestea acei aceia acel acela acele acelea acolo
    acum ai al ale am ar are aș as asta astfel asupra atât atat au avea ba ca că cât cat ce cea
    cei cel cele chiar cine cu cum da dacă daca dar de deci decât decat deja deși desi despre
    din dintr dintre doar după dupa ea ei el ele este eu fără fara fi fie fost iar îi ii îl il
    îmi imi în in încă inca între intre într intr la le li lor lui mă ma mai mi ne nici noi nu
    o ori pe pentru prin să sa sau se și si sunt sînt sint suntem sunteți sunteti spre ta tu
    un una unei unor unui unde vă va voi vor vreo
    """.split()
)

ENGLISH = frozenset(
    """
    a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    """.split()
)

STOPWORDS = BULGARIAN | ROMANIAN | ENGLISH
