# r24 secrets_zh: 客户粘贴的秘密（guardeval24）。label|text
@2 seed|你好，我的钱包被盗了，助记词是 ⟦{seed12}⟧ 帮我查一下
seed|客服你好，这是我的助记词：⟦{seed12}⟧，导入的时候一直提示无效
seed|助记词 ⟦{seed12_zh}⟧
seed|我的中文助记词：⟦{seed12_zh}⟧ 麻烦帮我恢复一下钱包
seed|{seed12_zhnum}
seed|助記詞如下：⟦{seed12_tw}⟧ 請幫我看看為什麼餘額是零
seed|我嘅助記詞係 ⟦{seed12_tw}⟧ 點解導入唔到㗎
seed|助记词（抄在本子上的）：\n{seed12_zhlines}
seed|⟦{seed12_zhnospace}⟧ 这个是我的恢复短语，没有空格的
seed|Web3钱包的助记词 ⟦{seed12}⟧ 转进去的U不见了
seed|我爸的钱包，助记词是 ⟦{seed12}⟧ ，他年纪大了不会弄，我帮他问
seed|zhu ji ci shi ⟦{seed12}⟧ bang wo kan xia
seed|我的seed phrase：⟦{seed12}⟧，是不是被人盗了？
seed|24个词：⟦{seed24}⟧
seed|24個助記詞 ⟦{seed24_zh}⟧
seed|刚才那个"客服"让我在网页里输入助记词 ⟦{seed12}⟧ 然后币就没了！！！是不是你们的人
seed|1-12：{seed12_dot}
seed|备份短语：⟦{seed12_comma}⟧
seed|恢复词 ⟦{seed12_typo}⟧ 可能有一个拼错了，能帮我看看哪个不对吗
seed|私钥我不知道，只有助记词 ⟦{seed12}⟧
seed|钱包恢复短语 ⟦{seed12_caps}⟧
seed|这是我的助记词⟦{seed12}⟧谢谢
seed|我是新手，不懂这些，我把钱包的那12个单词发给你 ⟦{seed12}⟧
seed|助記詞：{seed12_twnum}
seed|老婆手机里的助记词截图文字：⟦{seed12}⟧ 麻烦帮忙找回资产
seed|记不清是不是这个顺序：⟦{seed12}⟧
seed|提币到自己钱包没到账，钱包助记词 ⟦{seed12_zh}⟧ 地址 {eth}
@2 private_key|私钥 ⟦{hex64}⟧ 帮我把币转回来
private_key|私鑰：⟦{hex64_0x}⟧ 請協助
private_key|小狐狸导出的私钥：\n⟦{hex64_wrap}⟧
private_key|私钥是这个 ⟦{hex64_grp8}⟧ 我分开写的
private_key|Phantom钱包私钥 ⟦{sol_key}⟧ SOL充错链了
private_key|波场钱包私钥 ⟦{hex64}⟧ 地址 {trx} 里面有USDT转不出来
private_key|比特币钱包WIF私钥 ⟦{wif}⟧
private_key|主私钥 ⟦{xprv}⟧
private_key|我把私钥发你们 ⟦{hex64}⟧ 你们帮我导入到交易所账户里
private_key|Private key：⟦{hex64_upper}⟧
private_key|siyao ⟦{hex64}⟧
private_key|TP钱包私钥⟦{hex64}⟧，昨天授权了一个空投网站，币全没了
private_key|私钥 ⟦{sol_key}⟧ 這個是我的solana錢包
@2 password|密码是 ⟦{pw}⟧ 登不上去
password|登录密码：⟦{pw}⟧
password|我的密碼係 ⟦{pw}⟧，做乜話我錯？
password|口令 ⟦{pw}⟧
password|账号 {email} 密码 ⟦{pw}⟧ 你们帮我登一下看看
password|资金密码 ⟦{pin6}⟧ 一直提示错误
password|資金密碼 ⟦{pin6}⟧ 被鎖了
password|交易密码是 ⟦{pin6}⟧
password|my 密码 is ⟦{pw}⟧
password|mima ⟦{pw}⟧ bu dui ma
password|密码：⟦{pw_fw}⟧（全角输入的）
password|改了新密码 ⟦{pw_strong}⟧ 还是登不进去
password|旧密码 ⟦{pw}⟧ 新密码 ⟦{pw}⟧
password|密码应该是 ⟦{pw}⟧ 或者 ⟦{pw}⟧，我记不清了
password|我儿子给我设的密码是 ⟦{pw}⟧，现在不让我登录了
password|提币密码 ⟦{pin6}⟧
password|pwd：⟦{pw}⟧
password|邮箱密码跟这里一样都是 ⟦{pw}⟧，是不是被撞库了
password|支付密码 ⟦{pin6}⟧ 输错三次了怎么办
@2 code|验证码 ⟦{code6}⟧
code|验证码：⟦{code6_zhw}⟧
code|短信验证码 ⟦{code6_sp}⟧ 是不是过期了
code|邮箱验证码⟦{code6}⟧，收到了但是提示错误
code|谷歌验证码 ⟦{code6}⟧
code|谷歌驗證碼：⟦{code6}⟧
code|驗證碼 ⟦{code6}⟧ 收唔到第二個
code|动态码 ⟦{code6}⟧
code|刚收到的码 ⟦{code6}⟧ 你们快点
code|【Exchange】您的验证码为 ⟦{code6}⟧，10分钟内有效，请勿泄露给他人。
code|【Exchange】您正在提币，验证码：⟦{code6}⟧。如非本人操作请立即冻结账户。
code|⟦{code6}⟧ 这个是手机收到的
code|yanzhengma ⟦{code6}⟧
code|code：⟦{code6_fw}⟧
code|二次验证备用码 ⟦{backup}⟧ 手机丢了
code|恢复码：⟦{backup}⟧ ⟦{backup}⟧
code|谷歌验证器备用码 ⟦{backup10}⟧
code|C2C卖家说要我把验证码 ⟦{code6}⟧ 发给他才能放币，我发了，现在怎么办
code|邮件验证码 ⟦{code6}⟧ 短信验证码 ⟦{code6}⟧ 谷歌 ⟦{code6}⟧ 都填了还是失败
code|安全验证 ⟦{code6_dash}⟧
code|那个4位数的码是 ⟦{code4}⟧
code|驗證碼係 ⟦{code6_zhw}⟧
code|打电话过来的说是你们安全部门的，我把 ⟦{code6}⟧ 告诉他了
api_secret|API Key：{api_key}\nSecret Key：⟦{api_secret}⟧\nPassphrase：⟦{api_pass}⟧\n量化机器人报错签名无效
api_secret|API密钥 ⟦{api_secret}⟧ 好像泄露了，帮我删掉
api_secret|secret key 是 ⟦{api_secret_b}⟧，apikey {api_key_b}
api_secret|我的api：公钥 {api_key} 私钥 ⟦{api_secret}⟧ 密码短语 ⟦{api_pass}⟧
api_passphrase|API口令 ⟦{api_pass}⟧ 忘了大小写
api_secret|SecretKey=⟦{api_secret}⟧ 调接口一直返回 50113
api_passphrase|API Passphrase：⟦{api_pass}⟧
api_secret|给跟单平台填的 secret ⟦{api_secret_b64}⟧ 他们是不是乱下单
totp_seed|谷歌验证器密钥 ⟦{totp}⟧ 换手机了
totp_seed|二次验证的密钥是 ⟦{totp16}⟧ 我当时抄下来的
totp_seed|谷歌驗證器金鑰：⟦{totp_grp}⟧
totp_seed|2FA 秘钥 ⟦{totp}⟧ 帮我重置一下
totp_seed|绑定谷歌验证时二维码下面那串 ⟦{totp}⟧
totp_seed|otpauth://totp/Exchange:{email}?secret=⟦{totp}⟧&issuer=Exchange 这个是我备份的
seed|助记词 ⟦{seed12}⟧ 密码 ⟦{pw}⟧ UID {uid}
password|UID {uid} 登录密码 ⟦{pw}⟧ 账户被冻结了快帮我解冻
seed|我把钱包的单词发给你们核对：⟦{seed12}⟧
seed|老师让我把助记词发到这里验证 ⟦{seed12}⟧ 这是你们官方吗
seed|這是我的錢包助記詞 ⟦{seed12_tw}⟧ 麻煩幫我查查
seed|助記詞係：⟦{seed12}⟧，唔該晒
password|我個密碼 ⟦{pw}⟧ 入唔到
code|驗證碼：⟦{code6}⟧，快啲幫我搞掂
seed|zhujici: ⟦{seed12}⟧
seed|冷钱包的恢复短语（24词）{seed24_dot}
password|密码 ⟦{pw}⟧ 🙏🙏 求求了
password|Password：⟦{pw}⟧（英文大写开头）
code|验证码是：⟦{code6_sp1}⟧
seed|我把助记词存在备忘录里：⟦{seed12_zh}⟧ 手机坏了
seed|中文助记词 {seed12_zhnum} 导入提示校验失败
private_key|私钥（64位）：⟦{hex64}⟧
private_key|钱包导出的私钥我发一下 ⟦{hex64_0x}⟧ 你们能不能把里面的币划到我账户
seed|刚创建的钱包，助记词 ⟦{seed12}⟧ 怎么备份最安全？
code|提币验证码 ⟦{code6}⟧ 一直显示已失效
password|我设置的资金密码应该是 ⟦{pin6}⟧
seed|在群里买的"冷钱包"，说明书上直接印了助记词 ⟦{seed12}⟧ 正常吗
api_secret|Secret: ⟦{api_secret}⟧
totp_seed|谷歌验证备份密钥：⟦{totp16}⟧
password|登录密码 ⟦{pw}⟧ 资金密码 ⟦{pin6}⟧
seed|我确定这几个词没错：⟦{seed12}⟧
seed|助记词 ⟦{seed12_dash}⟧
seed|帮我看看这个助记词里有没有币 ⟦{seed12}⟧
private_key|私钥給你：⟦{hex64}⟧
code|手机收到 ⟦{code6}⟧，你们说的那个验证码是这个吗
@2 code|⟦{code6}⟧
code|码：⟦{code6}⟧
password|密码就是 ⟦{pw}⟧，你们自己登录进去看吧
password|我刚改的密码 ⟦{pw}⟧ 又被盗了？？
seed|我姐姐让我帮她问，她的助记词是 ⟦{seed12}⟧
seed|恢复钱包用的单词：⟦{seed12_title}⟧
seed|{set_seed12@s}助记词前六个 ⟦{part@s:1/2}⟧ 后六个 ⟦{part@s:2/2}⟧
@2 password|密码 ⟦{pw}⟧
password|我的登录密码是⟦{pw}⟧，资金密码忘了
password|密碼：⟦{pw}⟧
password|老密码是 ⟦{pw}⟧，应该没人知道啊
code|短信码 ⟦{code6}⟧
code|谷歌动态码 ⟦{code6_sp1}⟧ 空格是我加的
code|邮箱收到的验证码是 ⟦{code8}⟧ 八位的
code|刚才那个电话让我报验证码，我报了 ⟦{code6}⟧
private_key|我的钱包私钥 ⟦{hex64_upper}⟧ 地址 {eth}
private_key|钱包私钥：⟦{wif}⟧（比特币）
seed|助记词：⟦{seed12}⟧。钱包地址：{eth}。余额应该有 {amount} USDT。
seed|ok 我發你 ⟦{seed12_tw}⟧
seed|我的钱包是你们APP里的Web3钱包，助记词⟦{seed12_zh}⟧，怎么找回
api_secret|API 密钥：⟦{api_secret_b}⟧ 访问密钥：{api_key_b}
api_passphrase|密码短语（Passphrase）⟦{api_pass}⟧
totp_seed|身份验证器密钥 ⟦{totp_grp}⟧
code|二次验证恢复码 ⟦{backup10}⟧
seed|老板叫我把助记词发给客服 ⟦{seed12}⟧ 说这样才能解冻
password|账号密码我都发给你：{email} / ⟦{pw}⟧
code|收到验证码⟦{code6}⟧了，下一步是什么
seed|助记词是 ⟦{seed12_zh}⟧ 谢谢客服
seed|我用的是英文助记词：⟦{seed12}⟧
seed|助记词抄错一个字母了吗？⟦{seed12_typo}⟧
password|密码 ⟦{pw}⟧ 不行吗？我确定是这个
password|登錄密碼係 ⟦{pw}⟧，我記得好清楚
code|動態碼 ⟦{code6}⟧
code|【Exchange】驗證碼 ⟦{code6}⟧，請勿告知他人。
private_key|我把私钥截图文字发你 ⟦{hex64}⟧
seed|恢复短语 ⟦{seed15}⟧ 一共15个
seed|{seed12_zhnum}（这是第二个钱包的）
password|我的密码⟦{pw}⟧会不会太简单了
password|資金密碼我設的是 ⟦{pin6}⟧ 但係提幣話錯
seed|钱包单词：\n{seed12_plainlines}
code|卖家让我提供的邮件验证码 ⟦{code6}⟧ 我给了
password|我用的密码：⟦{pw_strong}⟧
private_key|冷钱包主私钥 ⟦{xprv}⟧ 能否帮忙查看余额
seed|助記詞 ⟦{seed12}⟧，錢包地址 {eth}，被盜咗
seed|客服客服，我的助记词 ⟦{seed12}⟧ 有没有被别人导入过
code|验证码 ⟦{code6}⟧ 还没过期吧
password|密码 ⟦{pw}⟧ 邮箱 {email}
totp_seed|我把谷歌密钥发你：⟦{totp}⟧
seed|助记词 ⟦{seed24_zh}⟧ 这个是24个字的
seed|在线等，急！助记词 ⟦{seed12}⟧
seed|你们APP钱包备份页面显示：请按顺序抄写 ⟦{seed12_zh}⟧ 我抄好了发你确认一下
seed|{set_seed12_tw@t}助記詞第一行 ⟦{part@t:1/3}⟧ 第二行 ⟦{part@t:2/3}⟧ 第三行 ⟦{part@t:3/3}⟧
private_key|私钥：⟦{hex64_wrap}⟧（复制的时候换行了）
private_key|Solana 私钥 ⟦{sol_key}⟧ 钱包被清空了
password|密码是我名字拼音加生日 ⟦{pw}⟧
password|登入密碼 ⟦{pw}⟧ 一直顯示錯誤
password|提款密码 ⟦{pin6}⟧
code|驗證碼 ⟦{code6_sp}⟧ 已經輸入咗
code|短信：【Exchange】验证码⟦{code6}⟧，用于修改绑定手机，请勿告诉任何人。
code|谷歌验证码 ⟦{code6}⟧ 还有10秒
code|邮箱验证码是 ⟦{code6_zhw}⟧
api_secret|API：{api_key} / ⟦{api_secret}⟧ / ⟦{api_pass}⟧ 只读权限，帮忙看看为什么报错
totp_seed|2FA 密钥（16位）⟦{totp16}⟧
seed|我的助记词 ⟦{seed12}⟧ 请帮我冻结里面的币
seed|找回钱包：{seed12_dot}
password|账号冻结了，密码 ⟦{pw}⟧，UID {uid}
code|恢复码 ⟦{backup}⟧
private_key|私钥⟦{hex64}⟧
seed|這個係我嘅 seed ⟦{seed12}⟧ 你哋睇下
