# r17 盲测批次 - 客户贴出的机密（中文）。机密写在 ⟦ ⟧ 之间。
seed|你好，我的钱包突然没钱了，助记词是 ⟦<<seed12>>⟧ 麻烦帮我查一下
seed|助记词：⟦<<seed12|numbered>>⟧
seed|这是我抄在纸上的12个单词 ⟦<<seed12|typo>>⟧ 导入说无效
seed|客服你好 我的恢复短语 ⟦<<seed24>>⟧ 帮忙找回ETH
seed|⟦<<seed12|chinese_comma>>⟧ 这个对吗
seed|我把备份词发给你：⟦<<seed12|upper_nospace>>⟧
seed|助記詞如下 ⟦<<seed12>>⟧ 請幫我恢復錢包
seed|钱包 backup 的 words 是 ⟦<<seed12|lines>>⟧
seed|⟦<<seed12|fullwidth>>⟧ 这是我备忘录里存的
seed|词组：⟦<<seed12|zwsp>>⟧，余额显示0
seed|我导入小狐狸一直报错，词是 ⟦<<seed12|cyr>>⟧
seed|急！！！钱包被盗 助记词 ⟦<<seed18>>⟧
seed|冷钱包的24个词 ⟦<<seed24|lines>>⟧ 你们能看到资产吗
seed|恢复词 ⟦<<seed12|comma>>⟧
seed|我的種子詞是 ⟦<<seed12|title>>⟧ 麻煩了
seed|⟦<<seed12|each_line>>⟧\n以上是助记词
seed|web3钱包助记词 ⟦<<seed12|numbered_paren>>⟧ 帮我看看怎么回事
seed|老婆帮我抄的 可能有错 ⟦<<seed15|typo>>⟧
seed|密语：⟦<<seed12>>⟧
seed|助记词大写的 ⟦<<seed12|upper>>⟧
private_key|私钥 ⟦<<hex64>>⟧ 帮我把币转回交易所
private_key|我的私鑰是 ⟦<<hex0x>>⟧ 請查收
private_key|小狐狸导出的私钥：⟦<<hexgroup8>>⟧
private_key|私钥分两行复制的 ⟦<<hexwrap>>⟧
private_key|Phantom 钱包私钥 ⟦<<sol58>>⟧ SOL 不见了
private_key|sol私钥⟦<<sol58>>⟧
private_key|比特币老钱包 WIF：⟦<<wif>>⟧
private_key|扩展私钥 ⟦<<xprv>>⟧
private_key|这是钱包 key ⟦<<hex64u>>⟧ 能不能帮忙导入
private_key|TRON钱包私钥=⟦<<hex64>>⟧
private_key|私钥（带横线的那种）⟦<<hexgroup4>>⟧
private_key|冷钱包的 private key: ⟦<<wifu>>⟧
password|密码：⟦Lihua@1988⟧
password|我的密码是⟦zhangwei520⟧，一直提示错误
password|登录密码 ⟦Qaz!2wsx⟧ 帮我重置
password|口令 ⟦tianxia_99⟧
password|我试了 ⟦Xiaomi2024!⟧ 和 ⟦xiaomi2024!⟧ 都不对
password|资金密码 ⟦336699⟧ 提现说错误
password|交易密码是⟦802214⟧被锁了
password|my 密码 is ⟦Panda_Bear7⟧
password|密碼 ⟦Taipei101!!⟧ 不能登入
password|pwd：⟦ｗａｎｇ８８８⟧
password|账号 wl_2019@mailbox.example 密码 ⟦Wl2019##⟧ 你们帮我登一下
password|登陆密码就是⟦woaini1314⟧，没改过
password|新设置的密码⟦Chun_Jie2025⟧还是登不上
password|pass ⟦Hk$8899hk⟧
password|密码 ⟦abc.12345⟧ 试了好几次了
code|验证码 ⟦315862⟧
code|短信验证码：⟦六四七二零九⟧
code|谷歌验证码 ⟦880 213⟧ 快点
code|收到的码是⟦4 9 3 1 7 6⟧
code|邮箱验证码⟦２７１０５８⟧
code|驗證碼 ⟦602 118⟧
code|code是⟦715534⟧
code|刚收到 ⟦三九一，五零八⟧
code|谷歌验证器显示 ⟦12 77 39⟧
code|提币确认码 ⟦559203⟧ 你那边操作吧
code|动态码⟦049771⟧
code|短信：【交易所】您的验证码为⟦283610⟧，请勿泄露。给你
code|二次验证的码 ⟦七七零 二一五⟧
code|手机收到的6位数 ⟦918-264⟧
code|Google 驗證碼是 ⟦334 580⟧
api_key|API Key：⟦<<uuid>>⟧
api_secret|api key ⟦<<uuid>>⟧ 密钥 ⟦<<apihex>>⟧ 量化机器人不动了
api_secret|Secret Key：⟦<<apihex>>⟧
api_secret|API密钥 ⟦<<b64>>⟧ 一直报签名错误
api_secret|私密金鑰 ⟦<<apihex64>>⟧
passphrase|API 的 Passphrase 是 ⟦Liang#2023⟧
passphrase|api口令⟦gridbot888⟧
api_key|apikey=⟦<<alnum36>>⟧ secret=⟦<<b64s>>⟧
api_secret|第三方平台让我填 secret，我填的是 ⟦<<b64>>⟧ 对吗
api_key|密钥信息：key ⟦<<uuid>>⟧ secret ⟦<<apihex64>>⟧ 密码短语 ⟦Quant_01⟧
totp_key|谷歌验证器的备份密钥 ⟦<<b32group>>⟧ 换手机了
totp_key|2FA密钥：⟦<<b32>>⟧
totp_key|绑定谷歌验证时的16位密钥 ⟦<<b32group_u>>⟧
totp_key|二次验证秘钥 ⟦<<b32l>>⟧ 帮我迁移
totp_key|谷歌密钥（扫码下面那串）⟦<<b32group>>⟧
totp_key|驗證器金鑰 ⟦<<b32>>⟧
anti_phishing|我的防钓鱼码是⟦HappyCat⟧，邮件里没有
anti_phishing|防釣魚碼 ⟦Mango_21⟧
anti_phishing|防钓鱼码设置的 ⟦小白兔88⟧ 对吗
backup_code|谷歌备用码 ⟦7731-0452⟧
mixed|账号 13800001111 密码 ⟦Sz@13800⟧ 验证码 ⟦620451⟧ 你帮我看下资产
mixed|助记词 ⟦<<seed12>>⟧ 钱包密码 ⟦qianbao666⟧
mixed|UID <<uid>> 资金密码⟦121212⟧
seed|钱包助记词发你了 ⟦<<seed12>>⟧ 赶紧处理
private_key|钱包地址 <<eth>> 私钥 ⟦<<hex64>>⟧
code|是 ⟦447 302⟧ 吗？刚收到的
code|⟦零八八 三五一⟧
password|就是⟦Feng.Yun.77⟧这个
seed|助记词\n⟦<<seed12|lines>>⟧
seed|Imtoken 助记词 ⟦<<seed12|dash>>⟧
private_key|imToken 导出私钥 ⟦<<hexgroup8>>⟧
code|验证码是这个⟦7 0 4 6 1 9⟧
password|密码 ⟦Ｓｕｎ２０２０⟧
totp_key|验证器 key ⟦<<b32l|spaced_digits>>⟧
api_secret|SecretKey ⟦<<apihex>>⟧
password|我登录用的是⟦meimei_0808⟧，现在进不去
code|邮件码 ⟦捌贰壹零伍叁⟧
seed|老師說把助記詞給客服就能解凍：⟦<<seed12>>⟧
private_key|冷錢包私鑰 ⟦<<wif>>⟧ 麻煩幫我看看
password|帳號密碼：kuo.tw / ⟦Kuo1234!tw⟧
code|手機簡訊驗證碼⟦五八一三七六⟧
seed|助记词我用拼音记的？不是，是英文：⟦<<seed12|nospace>>⟧
api_secret|API 密钥（Base64）：⟦<<b64s>>⟧
totp_key|2fa 种子 ⟦<<b32group_u>>⟧
password|我的 password 是 ⟦yangyang.2008⟧ 哈哈
password|用⟦Jiayou_2026⟧登不进去了，你们改了什么吗
code|对，短信那个。⟦662 190⟧
code|就是这个 ⟦七一九九零四⟧
