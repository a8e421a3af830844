"""Name, e-mail and phone material for demo customers.

Chinese names carry their pinyin so e-mail addresses look like the ones people
really register with; international names carry the given name used in
greetings and the country whose phone numbering plan applies.
"""

from __future__ import annotations

import random

# (surname, pinyin)
CN_SURNAMES: tuple[tuple[str, str], ...] = (
    ("王", "wang"),
    ("李", "li"),
    ("张", "zhang"),
    ("刘", "liu"),
    ("陈", "chen"),
    ("杨", "yang"),
    ("黄", "huang"),
    ("赵", "zhao"),
    ("吴", "wu"),
    ("周", "zhou"),
    ("徐", "xu"),
    ("孙", "sun"),
    ("马", "ma"),
    ("朱", "zhu"),
    ("胡", "hu"),
    ("郭", "guo"),
    ("何", "he"),
    ("林", "lin"),
    ("罗", "luo"),
    ("高", "gao"),
    ("郑", "zheng"),
    ("梁", "liang"),
    ("谢", "xie"),
    ("宋", "song"),
    ("唐", "tang"),
    ("韩", "han"),
    ("冯", "feng"),
    ("邓", "deng"),
    ("曹", "cao"),
    ("彭", "peng"),
    ("曾", "zeng"),
    ("肖", "xiao"),
    ("田", "tian"),
    ("董", "dong"),
    ("潘", "pan"),
    ("袁", "yuan"),
    ("蒋", "jiang"),
    ("蔡", "cai"),
    ("余", "yu"),
    ("杜", "du"),
    ("叶", "ye"),
    ("程", "cheng"),
    ("魏", "wei"),
    ("苏", "su"),
    ("沈", "shen"),
    ("欧阳", "ouyang"),
    ("丁", "ding"),
    ("姚", "yao"),
    ("方", "fang"),
    ("钟", "zhong"),
)

# (given name, pinyin)
CN_GIVEN: tuple[tuple[str, str], ...] = (
    ("小明", "xiaoming"),
    ("伟", "wei"),
    ("芳", "fang"),
    ("娜", "na"),
    ("敏", "min"),
    ("静", "jing"),
    ("丽", "li"),
    ("强", "qiang"),
    ("磊", "lei"),
    ("军", "jun"),
    ("洋", "yang"),
    ("勇", "yong"),
    ("艳", "yan"),
    ("杰", "jie"),
    ("涛", "tao"),
    ("超", "chao"),
    ("秀英", "xiuying"),
    ("慧", "hui"),
    ("建国", "jianguo"),
    ("志强", "zhiqiang"),
    ("晓东", "xiaodong"),
    ("海燕", "haiyan"),
    ("雨婷", "yuting"),
    ("子轩", "zixuan"),
    ("浩然", "haoran"),
    ("欣怡", "xinyi"),
    ("梓涵", "zihan"),
    ("思远", "siyuan"),
    ("佳琪", "jiaqi"),
    ("宇航", "yuhang"),
    ("一鸣", "yiming"),
    ("婷婷", "tingting"),
    ("文博", "wenbo"),
    ("嘉欣", "jiaxin"),
    ("俊杰", "junjie"),
    ("诗涵", "shihan"),
    ("天宇", "tianyu"),
    ("晨曦", "chenxi"),
    ("梦瑶", "mengyao"),
    ("振华", "zhenhua"),
    ("立新", "lixin"),
    ("春梅", "chunmei"),
    ("国庆", "guoqing"),
    ("鹏飞", "pengfei"),
    ("雪", "xue"),
    ("凯", "kai"),
    ("琳", "lin"),
    ("昊", "hao"),
    ("颖", "ying"),
    ("晓燕", "xiaoyan"),
    ("建华", "jianhua"),
    ("明轩", "mingxuan"),
)

# Country -> (E.164 prefix, [(full name, given name used in greetings)])
INTL_PEOPLE: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "US": (
        "+1",
        (
            ("Maria Gonzalez", "Maria"),
            ("James Carter", "James"),
            ("Emily Johnson", "Emily"),
            ("Michael Brown", "Michael"),
            ("Sarah Miller", "Sarah"),
            ("Daniel Kim", "Daniel"),
            ("Jessica Davis", "Jessica"),
            ("Christopher Lee", "Christopher"),
            ("Ashley Rodriguez", "Ashley"),
            ("Ryan Thompson", "Ryan"),
            ("Megan Anderson", "Megan"),
            ("Tyler Martinez", "Tyler"),
            ("Lauren Wilson", "Lauren"),
            ("Kevin Nguyen", "Kevin"),
            ("Aisha Khan", "Aisha"),
            ("Jordan Taylor", "Jordan"),
            ("Carlos Ramirez", "Carlos"),
            ("Olivia Moore", "Olivia"),
            ("Ethan Clark", "Ethan"),
            ("Priya Patel", "Priya"),
            ("Brandon Scott", "Brandon"),
            ("Natalie Hughes", "Natalie"),
            ("Kenji Watanabe", "Kenji"),
            ("Sofia Rossi", "Sofia"),
            ("Mateo Hernandez", "Mateo"),
            ("Hannah Baker", "Hannah"),
            ("Samuel Green", "Samuel"),
            ("Isabella Flores", "Isabella"),
            ("Omar Haddad", "Omar"),
            ("Grace Park", "Grace"),
            ("Andrew Collins", "Andrew"),
            ("Rebecca Stone", "Rebecca"),
            ("Luis Fernandez", "Luis"),
            ("Nicole Bennett", "Nicole"),
            ("Marcus Johnson", "Marcus"),
            ("Tiffany Wu", "Tiffany"),
            ("Victoria Adams", "Victoria"),
            ("Jamal Washington", "Jamal"),
        ),
    ),
    "GB": (
        "+44",
        (
            ("Oliver Smith", "Oliver"),
            ("Amelia Jones", "Amelia"),
            ("George Evans", "George"),
            ("Isla Wright", "Isla"),
            ("Harry Roberts", "Harry"),
            ("Charlotte Walker", "Charlotte"),
            ("Jack Hughes", "Jack"),
            ("Sophie Turner", "Sophie"),
            ("Thomas Wood", "Thomas"),
            ("Emily Clarke", "Emily"),
            ("William Harris", "William"),
            ("Ruby Patel", "Ruby"),
            ("Mohammed Ali", "Mohammed"),
            ("Freya Campbell", "Freya"),
            ("Alfie Cooper", "Alfie"),
            ("Poppy Bennett", "Poppy"),
            ("Arjun Sharma", "Arjun"),
            ("Lucy Morgan", "Lucy"),
            ("Fatima Begum", "Fatima"),
            ("Daniel O'Connor", "Daniel"),
            ("Chloe Richardson", "Chloe"),
            ("Noah Mitchell", "Noah"),
            ("Elena Popescu", "Elena"),
            ("Joshua Reid", "Joshua"),
            ("Zara Ahmed", "Zara"),
            ("Callum Fraser", "Callum"),
            ("Harriet Lewis", "Harriet"),
            ("Ben Gallagher", "Ben"),
            ("Aoife Murphy", "Aoife"),
            ("Rhys Davies", "Rhys"),
            ("Imogen Price", "Imogen"),
            ("Sanjay Gupta", "Sanjay"),
            ("Eleanor Shaw", "Eleanor"),
            ("Kwame Mensah", "Kwame"),
        ),
    ),
    "DE": (
        "+49",
        (
            ("Lukas Müller", "Lukas"),
            ("Lea Schmidt", "Lea"),
            ("Felix Schneider", "Felix"),
            ("Hannah Fischer", "Hannah"),
            ("Jonas Weber", "Jonas"),
            ("Mia Meyer", "Mia"),
            ("Leon Wagner", "Leon"),
            ("Anna Becker", "Anna"),
            ("Maximilian Hoffmann", "Maximilian"),
            ("Sophie Schulz", "Sophie"),
            ("Paul Koch", "Paul"),
            ("Laura Richter", "Laura"),
            ("Tim Klein", "Tim"),
            ("Julia Wolf", "Julia"),
            ("Niklas Schröder", "Niklas"),
            ("Katharina Neumann", "Katharina"),
            ("Emre Yılmaz", "Emre"),
            ("Ivan Petrov", "Ivan"),
            ("Marie Zimmermann", "Marie"),
            ("David Braun", "David"),
            ("Lena Krüger", "Lena"),
            ("Jan Hartmann", "Jan"),
            ("Sebastian Lange", "Sebastian"),
            ("Clara Vogel", "Clara"),
            ("Moritz Keller", "Moritz"),
            ("Johanna Berger", "Johanna"),
            ("Tobias Frank", "Tobias"),
            ("Sara Nowak", "Sara"),
        ),
    ),
    "SG": (
        "+65",
        (
            ("Tan Wei Ling", "Wei Ling"),
            ("Lim Jun Jie", "Jun Jie"),
            ("Priya Nair", "Priya"),
            ("Arjun Kumar", "Arjun"),
            ("Siti Rahmah binte Ahmad", "Siti"),
            ("Muhammad Faiz bin Rahman", "Faiz"),
            ("Rachel Goh", "Rachel"),
            ("Marcus Teo", "Marcus"),
            ("Ng Kai Xiang", "Kai Xiang"),
            ("Ravi Shankar", "Ravi"),
            ("Lee Hui Min", "Hui Min"),
            ("Wong Jia Hui", "Jia Hui"),
            ("Daniel Chua", "Daniel"),
            ("Nur Aisyah", "Aisyah"),
            ("Benjamin Koh", "Benjamin"),
            ("Charmaine Lau", "Charmaine"),
            ("Kelvin Ong", "Kelvin"),
            ("Vanessa Yeo", "Vanessa"),
            ("Chen Zhi Hao", "Zhi Hao"),
            ("Aaron Sim", "Aaron"),
            ("Deepa Menon", "Deepa"),
            ("Jasmine Loh", "Jasmine"),
            ("Hafiz Ismail", "Hafiz"),
            ("Eunice Tay", "Eunice"),
        ),
    ),
}

INTL_EMAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "outlook.com",
    "outlook.com",
    "proton.me",
    "proton.me",
    "yahoo.com",
    "icloud.com",
    "hotmail.com",
)
DE_EMAIL_DOMAINS: tuple[str, ...] = ("gmx.de", "web.de", "gmail.com", "proton.me")
CN_EMAIL_DOMAINS: tuple[str, ...] = (
    "qq.com",
    "qq.com",
    "qq.com",
    "163.com",
    "163.com",
    "126.com",
    "foxmail.com",
    "sina.com",
    "gmail.com",
    "outlook.com",
)

_ASCII_FOLD = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "ı": "i",
        "'": "",
        "é": "e",
    }
)


def ascii_slug(text: str) -> str:
    """Lowercase ASCII fold of a name part for use in an e-mail local part."""
    return "".join(ch for ch in text.lower().translate(_ASCII_FOLD) if ch.isalnum())


def cn_email_local(rng: random.Random, surname_py: str, given_py: str) -> str:
    """An e-mail local part in the styles Chinese users actually pick."""
    style = rng.randrange(5)
    if style == 0:
        return str(rng.randint(10**7, 10**10 - 1))  # numeric QQ number
    if style == 1:
        return f"{surname_py}{given_py}{rng.randint(80, 99)}"
    if style == 2:
        return f"{given_py}.{surname_py}"
    if style == 3:
        return f"{surname_py}_{given_py}{rng.randint(1, 999)}"
    return f"{surname_py[0]}{given_py}{rng.randint(1980, 2004)}"


def intl_email_local(rng: random.Random, full_name: str) -> str:
    """An e-mail local part derived from an international name."""
    parts = [ascii_slug(p) for p in full_name.split() if ascii_slug(p)]
    first, last = parts[0], parts[-1]
    style = rng.randrange(4)
    if style == 0:
        return f"{first}.{last}"
    if style == 1:
        return f"{first}{last}{rng.randint(1, 99)}"
    if style == 2:
        return f"{first[0]}{last}"
    return f"{last}.{first}{rng.randint(70, 99)}"


def make_phone(rng: random.Random, prefix: str) -> str:
    """An E.164 number that fits the country's mobile numbering plan."""
    if prefix == "+86":
        return f"+861{rng.choice('3456789')}{rng.randint(0, 999_999_999):09d}"
    if prefix == "+1":
        area = rng.choice(("212", "415", "646", "305", "312", "617", "206", "512", "718"))
        return f"+1{area}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"
    if prefix == "+44":
        return f"+447{rng.choice('3456789')}{rng.randint(0, 99_999_999):08d}"
    if prefix == "+49":
        return f"+4915{rng.choice('1279')}{rng.randint(0, 99_999_999):08d}"
    if prefix == "+65":
        return f"+65{rng.choice('89')}{rng.randint(0, 9_999_999):07d}"
    raise ValueError(f"unsupported prefix {prefix}")
