# r21 secrets (zh). Blind batch: see ../README.md. One customer message per line; ⟦⟧ marks a secret.
seed|你好，我的钱包打不开了，助记词是 ⟦{{seed12}}⟧ 麻烦帮我恢复一下
seed|客服您好，我是退休老师，孩子帮我注册的，本子上写着：⟦{{seed12:title}}⟧，这个能找回我的币吗
seed|⟦{{seed24}}⟧
seed|冷钱包备份短语：⟦{{seed24:numbered}}⟧ 余额显示为零是怎么回事
seed|12个单词 ⟦{{seed12:commazh}}⟧ 帮我查下绑定的UID
seed|这个助记词对不对？是不是我抄错了 ⟦{{seed12:typo}}⟧
seed|小狐狸钱包的恢复短语：⟦{{seed12:numzh}}⟧
seed|⟦{{seed15:upper}}⟧ 卡片上就是这么写的
seed|从备忘录复制的 ⟦{{seed12:lines}}⟧
seed|刚才没发全，再发一次 ⟦{{seed12:dun}}⟧
seed|恢复卡：\n⟦{{seed24:rows4num}}⟧
seed|给 ⟦{{seed12:nospace}}⟧
seed|按照你们电报上的同事说的，我的备份词是 ⟦{{seed12:caps}}⟧
seed|导入的时候一直提示无效 ⟦{{seed18:zwsp}}⟧
seed|⟦{{seed12:fullwidth}}⟧（手机输入法打的全角，不好意思）
seed|备份短语：⟦{{seed12:semi}}⟧，导入imToken之后没有资产
seed|我折腾三天了实在没办法。21年买的ETH提到自己钱包，后来三月份换了手机，当时记下来的词是 ⟦{{seed12:doublespace}}⟧，现在输入进去说校验失败，能不能让技术帮看看，我不着急
seed|语音输入的 我的助记词是 ⟦{{seed15:lowerfirstcap}}⟧ 谢谢
seed|钢板上刻的：⟦{{seed12:upperdash}}⟧
seed|助记词 ⟦{{seed12:slash}}⟧
seed|带编号的：⟦{{seed12:numcolon}}⟧
seed|找回钱包工单用：⟦{{seed24:numbrack}}⟧
seed|⟦{{seed12:pipe}}⟧ ←会计做的表格里抄的
seed|哥们就是 ⟦{{seed12:dot}}⟧ 赶紧弄好
seed|助记词：⟦{{seed12:nbsp}}⟧
seed|⟦{{seed18:rows3}}⟧
seed|恢复词 = ⟦{{seed12:numhash}}⟧
seed|帮忙核对一下这几个词是不是我web3钱包的\n⟦{{seed12:rows6}}⟧
seed|卡背面写的是 ⟦{{seed12:numparen2}}⟧ 还能用吗
seed|从excel里粘的 ⟦{{seed12:tabs}}⟧
seed|⟦{{seed24:upperspaced}}⟧
seed|硬件钱包附带的单词 ⟦{{seed12:cyrillic}}⟧
seed|恢复词（我核对过了）：⟦{{seed12:cyrillic2}}⟧
seed|我的12个词 ⟦{{seed12:zwjoin}}⟧ 可能有一个拼错了
seed|钱包词：⟦{{seed15:typo}}⟧。机器人客服让我发给人工
seed|我们是商户，公司热钱包的助记词 ⟦{{seed24:comma}}⟧，财务休假了今天急需出USDT
seed|我的 seed phrase 是 ⟦{{seed18:title}}⟧ UID 58120446 麻烦尽快
seed|zhu ji ci: ⟦{{seed12}}⟧ 是不是空投那个钱包
seed|您好，這是我的助記詞 ⟦{{seed12:upper}}⟧ 請協助找回資產
seed|⟦{{seed12:numlines}}⟧
seed|你们客服说解锁要12个词 给你 ⟦{{seed12:typo}}⟧
seed|VIP客户，助理帮我打的备份词：⟦{{seed15:comma}}⟧ 请低调处理
seed|備份詞：⟦{{seed12:zwsp}}⟧ 謝謝🙏
seed|老公写在红包背面的 ⟦{{seed12:dash}}⟧ 他住院了我想把币转出来
hexkey|小狐狸导出的私钥：⟦{{hex64}}⟧
hexkey|⟦{{hex64:0x}}⟧ 这是转账钱包的私钥，能查到去哪了吗
hexkey|私钥 ⟦{{hex64:upper}}⟧
hexkey|按软件显示的分组：⟦{{hex64:g8}}⟧
hexkey|私钥（打印出来分两行）：\n⟦{{hex64:wrap}}⟧
hexkey|⟦{{hex64:g4}}⟧ 这是BSC钱包的密钥
hexkey|導出的私鑰：⟦{{hex64:g16}}⟧
hexkey|私钥是 ⟦{{hex64:0xg4}}⟧ 和尾号9f2c的地址对得上吗
hexkey|{"privateKey":"⟦{{hex64}}⟧","chain":"eth"}
hexkey|老钱包的key ⟦{{hex64:wrap3}}⟧ 跨链之后币一直卡在那边
solkey|Phantom 导出 ⟦{{sol}}⟧ 提SOL一直没到
solkey|Solana私钥：⟦{{sol}}⟧
solkey|solflare 的密钥 ⟦{{sol}}⟧ 代币账户怎么是空的
solkey|命令行的 id.json：⟦{{solbytes}}⟧
wif|纸钱包上的WIF：⟦{{wif}}⟧ 可以导入你们这吗
wif|比特币私钥 ⟦{{wifu}}⟧ 2014年的
xprv|公司钱包的 xprv：⟦{{xprv}}⟧
xprv|扩展私钥 ⟦{{xprv}}⟧ 子地址的充值都没到
api|API Key ⟦{{apikey}}⟧ Secret ⟦{{apisecret}}⟧ 密码短语 ⟦Jiaoyi#2025⟧ 机器人一直报 50113
api|api_key=⟦{{alnum32}}⟧&secret_key=⟦{{alnum64}}⟧ 为什么签名无效
api|key：⟦{{apikey}}⟧\nsecret：⟦{{b64secret}}⟧\npassphrase：⟦wangge-88⟧
api|给报税软件用的只读API ⟦{{apikey}}⟧ 密钥 ⟦{{hex32}}⟧
api|带单老师要的密钥 ⟦{{alnum24}}⟧ 和 ⟦{{alnum48}}⟧
api|API口令是 ⟦lianghua_pass9⟧ key是 ⟦{{apikey}}⟧
api|SecretKey ⟦{{b64secret}}⟧ 只显示一次正常吗
api|API 金鑰 ⟦{{apikey}}⟧ 密鑰 ⟦{{apisecret}}⟧ 每次都 401
totp|开谷歌验证时的密钥：⟦{{b32:g4}}⟧
totp|谷歌验证器密钥 ⟦{{b32}}⟧ 换手机了帮我重新绑定
totp|身份验证器的key ⟦{{b32:lower}}⟧
totp|2FA 备份密钥：⟦{{b32long:g4dash}}⟧
totp|otpauth://totp/Exchange:zhang.wei@mailbox.test?secret=⟦{{b32}}⟧&issuer=Exchange
totp|截图上的16位密钥 ⟦{{b32:g8}}⟧ 还有效吗
totp|二次驗證的金鑰 ⟦{{b32long}}⟧
backup|备用码：⟦5527-1093⟧ ⟦8810-4462⟧ 用哪个
backup|恢复码 ⟦HN4K-7WZP-2QXD⟧ 你们发的pdf里的
backup|我的一个备份码 ⟦60318825⟧
backup|⟦m3k8d-q9w2t⟧ 用过了，⟦v7p4x-h2r6j⟧ 还能用吗
code|验证码 ⟦6 3 1 0 9 4⟧
code|短信验证码是 ⟦207743⟧ 两分钟就过期 快点
code|收到的码 ⟦48-19-62⟧
code|谷歌验证码：⟦805 316⟧
code|验证码是 ⟦三七九四零二⟧
code|邮箱验证码 ⟦TZ8K4M⟧ 输入说错误
code|⟦581207⟧
code|刚才那个码是 ⟦叁捌伍壹零柒⟧
code|收到两个码 ⟦338401⟧ 和 ⟦720915⟧ 哪个对
code|你们同事刚才要的那个码 ⟦946 230⟧
code|码是 ⟦幺洞五 八八二⟧
code|谷歌 ⟦６１９０４２⟧ 快 要变了
code|验证码：⟦002416⟧（我是他妈妈，手机响了）
code|电报上收到 ⟦77 31 05⟧
code|驗證碼 ⟦陸貳零壹玖捌⟧
code|yanzhengma ⟦492 057⟧
code|你好，我想把2400U提到币安，APP要验证码，你们同事说发这里，是 ⟦815 264⟧，麻烦尽快通过
code|码 ⟦7 0 4 9 1 3⟧
code|六位数是 ⟦九一五，二零八⟧
code|打错了，是 ⟦340817⟧ 不是340871
code|👉 ⟦663 190⟧ 👈 谷歌验证器显示的
code|4位的那个 ⟦5820⟧
code|邮件的码 ⟦P9W2RX⟧ 短信的码 ⟦118 437⟧
code|簡訊驗證碼 ⟦407 552⟧
code|动态码 ⟦2２9８１0⟧
password|我的密码是 ⟦Lianhua2019!⟧ 你登进去看看
password|pwd ⟦xiaomao88⟧
password|口令 ⟦Qwer1234!⟧
password|账号 zhao.li@postbox.test\n密码 ⟦Zhao_li_2024⟧
password|试了 ⟦Taiyang#1⟧ 和 ⟦Taiyang#2⟧ 都不对
password|密码是 ⟦wo ai bei jing 88⟧ 中间有空格
password|my 密码 is ⟦Mingyue*77⟧
password|登录密码 ⟦Ｈｅｌｌｏ２０２０⟧
password|mima是 ⟦hongkong852⟧
password|我被锁了，邮箱 chen.yu@mail.test，一直用的密码是 ⟦Chenyu0615!⟧，手机尾号7729，帮我解一下
password|登录密码 ⟦Abc!12345⟧ 邮箱密码 ⟦qqmail2021⟧
password|密碼 ⟦Taipei_101⟧
password|帳號密碼是 ⟦Jasmine-0808⟧ 麻煩幫我查
password|密码被改了，现在是 ⟦Fenghuang*5⟧ 是不是别人改的
password|pass: ⟦nihao!Lm2#⟧
password|你好，你们说要核实身份，我的账户密码是 ⟦Xingfu Wannian 66⟧，出生日期1955年3月3日
password|密码 ⟦dongtian2023!⟧ 昨天刚改的
password|登录pw ⟦888999aaa⟧ 帮我看下提现
password|登陆密码👉 ⟦Yinghua_0707⟧
password|我所有地方都用 ⟦k4ixin$$⟧ 是不是因为这个被盗
password|login密码 ⟦Btc2moon!!⟧
password|密碼是 ⟦ｍｉｍａ６６８８⟧
fundpw|资金密码 ⟦552170⟧
fundpw|交易密码是 ⟦JiaoYi#8⟧
fundpw|提币密码：⟦9134⟧
fundpw|支付密码 ⟦730826⟧ 一直提示错误
fundpw|资金密码=⟦618204⟧ 帮我解冻提现
fundpw|資金密碼 ⟦447391⟧
fundpw|安全密码（提币用）⟦Baoxian!99⟧
antiphish|防钓鱼码 ⟦HUANGHE9⟧
antiphish|我设置的防钓鱼码是 ⟦xiaolongbao⟧ 邮件里没显示
antiphish|防釣魚碼 ⟦阿里山⟧
antiphish|防钓鱼码：⟦QF77RT⟧
hexkey|私钥 ⟦{{hex64:colon}}⟧ 软件导出来就是带冒号的
hexkey|priv：⟦{{hex64:0xupper}}⟧
solkey|⟦{{sol}}⟧ 这是backpack钱包的私钥
wif|electrum导出的 ⟦{{wif}}⟧
totp|二次验证种子：⟦{{b32:lowerg4}}⟧
backup|紧急恢复码 ⟦RT52 80KX 4MZQ⟧
code|驗證碼是 ⟦零九一，四四六⟧ 麻煩快一點
code|他们发到我手机上 ⟦3 8 2 0 7 5⟧ 我眼睛不好看不清楚对不对
password|PWD：⟦Haizi_2010⟧ 孙子设的
password|登入密碼 ⟦Formosa!88⟧
fundpw|资金密码是我生日 ⟦19580412⟧
antiphish|防钓鱼码是 ⟦Panda-2025⟧ 对吧
api|config:\n  apiKey: ⟦{{apikey}}⟧\n  secret: ⟦{{apisecret}}⟧\n  password: ⟦Liangzi_66⟧
