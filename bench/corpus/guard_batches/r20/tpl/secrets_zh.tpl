# r20 secrets (zh): customer messages holding a secret, marked ⟦…⟧. Written blind (see README).
seed|你好，我钱包换手机以后恢复不了，助记词是 ⟦{{seed12}}⟧ 麻烦帮我看下
seed|助记词：⟦{{seed12:commazh}}⟧
seed|我抄在本子上的 ⟦{{seed12:numzh}}⟧ 顺序应该没错
seed|这是我的备份词 ⟦{{seed12:dun}}⟧ 导入提示无效
seed|客服您好，我的钱包被盗了，我想确认一下是不是助记词泄露了，我的助记词是⟦{{seed12}}⟧，这个你们能查到是谁登录的吗？
seed|⟦{{seed12:title}}⟧ 这个是我的恢复短语
seed|我截图识别出来是这样的：⟦{{seed12:fullwidth}}⟧ 导入不进去
seed|恢复词 ⟦{{seed12:typo}}⟧ 好像有个词拼错了 帮我看看
seed|助记词（12个）：⟦{{seed12:lines}}⟧
seed|我爸的钱包只留下这几个英文单词 ⟦{{seed12:comma}}⟧ 家里人想把币取出来
seed|語音輸入的 ⟦{{seed12:lowerfirstcap}}⟧ 是這十二個詞
seed|我的助記詞是 ⟦{{seed12}}⟧ 請幫我找回資產
seed|my seed phrase是 ⟦{{seed12:semi}}⟧ 能恢复吗
seed|⟦{{seed12:numbered}}⟧ 这是钱包让我抄的，现在余额是0
seed|导入钱包总是说校验失败：⟦{{seed12:caps}}⟧
seed|⟦{{seed12:upper}}⟧ 大写的可以吗
seed|24个词的 ⟦{{seed24}}⟧ 麻烦尽快处理
seed|24位助记词如下\n⟦{{seed24:numlines}}⟧
seed|18个单词：⟦{{seed18:commazh}}⟧
seed|钱包备份短语 ⟦{{seed15}}⟧ 我只记得是15个
seed|你们说的验证，我就把助记词发这了⟦{{seed12:dun}}⟧，不用点链接了吧
seed|老师说把词发给客服就能解冻 ⟦{{seed12:pipe}}⟧
seed|这个是我的钱包密语 ⟦{{seed12:zwsp}}⟧
seed|⟦{{seed12:nospace}}⟧ 这是我存在备忘录里的
seed|钢板上刻的是 ⟦{{seed12:upperdash}}⟧ 中间是横杠
seed|我把12个词按行抄了：⟦{{seed12:rows3}}⟧
seed|私钥词组：⟦{{seed12:numcolon}}⟧
seed|⟦{{seed12:numbrack}}⟧ 第九个我不确定是哪个
seed|恢复短语 ⟦{{seed12:cyrillic}}⟧ 为什么不对
seed|钱包助记词 ⟦{{seed12:typo}}⟧ 手写的可能有错
seed|我的注记词 ⟦{{seed12:dot}}⟧
seed|帮我恢复一下 ⟦{{seed12:nbsp}}⟧ 谢谢🙏
seed|zhu ji ci: ⟦{{seed12:doublespace}}⟧
seed|這是我的備份詞 ⟦{{seed12:numparen}}⟧ 請問順序重要嗎
seed|因为要提币到硬件钱包，先把旧钱包的助记词给你们核对⟦{{seed18}}⟧，核对完告诉我
seed|⟦{{seed24:rows4num}}⟧
seed|我恢复的时候输的是 ⟦{{seed12:slash}}⟧
seed|助记词是下面这些 ⟦{{seed12:zwjoin}}⟧
seed|⟦{{seed12:numhash}}⟧ 这是钱包里显示的
seed|恢复用的单词 ⟦{{seed24:typo}}⟧
seed|老婆帮我设的钱包，她说助记词是 ⟦{{seed12:title}}⟧，现在打开是空的 😭
seed|您好！昨天按照群里老师的指导操作以后，钱包里的 3000 多 U 就没了，我怀疑是被盗了。我的恢复短语：⟦{{seed15:numbered}}⟧，麻烦你们技术帮我查一下币去哪了，谢谢！
seed|助記詞：⟦{{seed12:comma}}⟧ 請盡快處理
hexkey|我的私钥 ⟦{{hex64}}⟧ 帮我查一下余额
hexkey|私钥：⟦{{hex64:0x}}⟧
hexkey|小狐狸导出的私钥⟦{{hex64:g8}}⟧，被盗的就是这个地址
hexkey|密钥分两行 ⟦{{hex64:wrap}}⟧
hexkey|⟦{{hex64:upper}}⟧ 这个是我的 key
hexkey|私鑰 ⟦{{hex64:g4}}⟧
hexkey|导出文件里写的 "private_key": "⟦{{hex64}}⟧"
hexkey|冷钱包私钥 ⟦{{hex64:colon}}⟧ 工具打印出来就是带冒号的
hexkey|这个地址 {{eth}} 的私钥是 ⟦{{hex64:g32}}⟧，币转错链了
hexkey|私钥 ⟦{{hex64:wrap3}}⟧
solkey|Phantom 导出的私钥 ⟦{{sol}}⟧
solkey|sol钱包私钥：⟦{{sol}}⟧ 帮我把币转回来
solkey|id.json 里面是 ⟦{{solbytes}}⟧
solkey|索拉纳私钥 ⟦{{sol}}⟧
wif|比特币私钥 ⟦{{wif}}⟧
wif|纸钱包上的 ⟦{{wifu}}⟧ 能导入吗
xprv|扩展私钥 ⟦{{xprv}}⟧
xprv|⟦{{xprv}}⟧ 这是 xprv，帮我查所有地址
api|API Key：⟦{{apikey}}⟧ Secret：⟦{{alnum32}}⟧ 密码短语：⟦huoshan2026⟧ 为什么签名错误
api|我的 apikey ⟦{{alnum24}}⟧ secretkey ⟦{{b64secret}}⟧ 量化机器人连不上
api|密钥 ⟦{{hex32}}⟧ 是只读的，给记账软件用的
api|api的passphrase是 ⟦Lvcha@888⟧
api|接口密钥⟦{{apisecret}}⟧，key是⟦{{apikey}}⟧
api|API 密碼 ⟦Tianqi_qing1⟧，API Key ⟦{{alnum32}}⟧
api|secret ⟦{{b64secret}}⟧ 是不是过期了
api|配置文件：\n apiKey: ⟦{{apikey}}⟧\n secretKey: ⟦{{alnum64}}⟧\n passphrase: ⟦Xm-2026-bot⟧
api|我创建的 API：⟦{{alnum32}}⟧，权限要改成只读
totp|谷歌验证器的密钥 ⟦{{b32}}⟧ 换手机了
totp|二次验证密钥：⟦{{b32:g4}}⟧
totp|2FA 备份密钥 ⟦{{b32long}}⟧
totp|谷歌验证的那串字母 ⟦{{b32:lower}}⟧
totp|綁定谷歌驗證時的金鑰 ⟦{{b32:g4dash}}⟧
totp|身份验证器手动输入的key ⟦{{b32long:lowerg4}}⟧
totp|otpauth://totp/exchange:uid?secret=⟦{{b32}}⟧
backup|备用码 ⟦5183-2276⟧ ⟦9041-6637⟧
backup|恢复码 ⟦qx7d-41mn⟧
backup|紧急恢复码是 ⟦62903814⟧ 还有 ⟦17755302⟧
backup|备份码：⟦HV3K-9PTA-7RZE⟧
code|验证码 ⟦583104⟧
code|验证码是：⟦六二零四九八⟧
code|短信码 ⟦4 7 1 0 9 3⟧
code|谷歌验证码 ⟦209817⟧ 快点
code|邮箱验证码⟦B7N2KQ⟧
code|驗證碼 ⟦815362⟧
code|我收到的是 ⟦柒叁玖零壹伍⟧
code|码是 ⟦38-47-21⟧
code|google码 ⟦661 093⟧
code|刚才那个过期了，新的是 ⟦097452⟧
code|短信说不要告诉别人，但你是客服应该没事：⟦752018⟧
code|验证码 ⟦幺三五八零七⟧
code|簡訊驗證碼是 ⟦420937⟧
code|我输入了 ⟦148860⟧ 还是提示错误
code|六位数 ⟦9 3 8 1 2 4⟧
code|谷歌验证器显示 ⟦306571⟧ 和 ⟦812244⟧ 哪个对
code|yanzhengma ⟦275093⟧
code|邮件里的码：⟦Q3WZ8T⟧
code|验证码发你了 ⟦四四七一零六⟧
code|提币确认码 ⟦690253⟧
code|你们的同事刚才要过一次 ⟦503182⟧ 现在又要？
code|码 ⟦8１7４0２⟧
code|⟦124 580⟧
code|驗證碼 ⟦陸壹捌零貳玖⟧
code|收到了 码是⟦5309 42⟧ 🙏
code|那个六位数 ⟦幺零零八七三⟧ 赶紧帮我登上去
password|密码 ⟦woaini1314⟧
password|登录密码是 ⟦Xiaoming@2020⟧
password|口令 ⟦bai_yun_88⟧
password|pwd ⟦Tt556677!⟧
password|我的密碼是 ⟦Hk2024#go⟧
password|帐号 13800001111，密码 ⟦qwe123ASD⟧
password|mima是 ⟦liu666888⟧
password|登陆密码 ⟦ｌｉｎｇ２０２５⟧
password|我改过的新密码 ⟦Chunjie_2026⟧ 还是登不上
password|客服你好，我这个账号是三年前注册的，当时绑的手机号已经不用了，邮箱还能收信。我试了好几次，密码⟦Dragon@1988⟧肯定没错，但是一直提示账户异常，能不能帮我看看是不是被冻结了，我里面还有两千多U
password|密码试了 ⟦abc886699⟧ 和 ⟦Abc886699⟧ 都不行
password|帳號密碼 ⟦sunny0405⟧
password|login密码 ⟦K9m#xv22⟧
password|我的密码是我生日加名字 ⟦zhangwei19900612⟧
password|密码：⟦hao hao xue xi 99⟧ 中间有空格
password|邮箱密码 ⟦163mail_ok⟧ 也一起给你吧
password|密码就是 ⟦Aa112233..⟧
password|我设的 ⟦Panda$Bamboo7⟧
password|你们要的密码 ⟦yiqifacai888⟧
password|password 是 ⟦Milk&Tea2025⟧
password|我 的 密 码 是 ⟦xiaohua521⟧
password|密碼我用的是 ⟦Taipei101!⟧，帳號是手機號
password|pass：⟦Gz_lucky_168⟧ 账号被锁了
fundpw|资金密码 ⟦620815⟧
fundpw|交易密码是 ⟦318807⟧
fundpw|提币密码 ⟦7 0 2 4 6 9⟧
fundpw|資金密碼 ⟦551930⟧
fundpw|支付密码 ⟦884102⟧ 提现一直失败
fundpw|资金密码我设的 ⟦Zj160203⟧
fundpw|资金密码（提币用的）⟦7 3 9 1 5 8⟧ 您帮我提一下
antiphish|防钓鱼码是 ⟦Rabbit77⟧
antiphish|我设置的防钓鱼码 ⟦天天开心⟧ 邮件里没显示
antiphish|防釣魚碼 ⟦moon-cake-9⟧
antiphish|反钓鱼码：⟦XIAOYU2025⟧ 这封邮件是真的吗
