# r33 secrets (zh): 账户被盗之夜。⟦ ⟧ 之间为秘密；值由 expand.py 生成。
seed|我的账户半夜被盗了，助记词是 ⟦{seed12}⟧ 帮我看看是不是从这里泄露的
seed|助记词：⟦{seed12}⟧
seed|救命！！钱包被清空了，我的助記詞 ⟦{seed12}⟧
seed|恢复短语（24个）⟦{seed24}⟧
seed|我抄在纸上的是这样的 {seed12|num}
seed|那个"客服"让我核对助记词，我发了 ⟦{seed12}⟧ 然后币就没了
seed|助记词全大写：⟦{seed12|caps}⟧
seed|手机输入法打成全角了：⟦{seed12|fw}⟧
seed|从备忘录复制的 ⟦{seed12|lines4}⟧
seed|我的钱包词 ⟦{seed12|comma}⟧ 请帮忙冻结
seed|12个单词：⟦{seed12|typo}⟧（有一个可能拼错了）
seed|备份的那张卡上写着 ⟦{seed18}⟧
seed|助记词：⟦{seed12|dash}⟧ 这个被黑客拿到了吗
seed|從PDF複製的 ⟦{seed12|zw}⟧ 看起來有怪空格
seed|我的 seed phrase 是 ⟦{seed12}⟧，小狐狸钱包被盗
seed|恢复词 ⟦{seed12|cyr}⟧ metamask 说无效
seed|报警的时候警察要钱包的助记词，是这个吗：⟦{seed12}⟧
seed|我老公帮我设置的，纸条上写：⟦{seed12|upper}⟧
seed|助记词给你，赶紧帮我锁定：⟦{seed12}⟧
seed|私人钱包的24个词 ⟦{seed24|comma}⟧
seed|词：{seed12|numparen}
seed|我只记得前六个词 ⟦{seed12|h1}⟧
seed|后六个是 ⟦{seed12|h2}⟧，前面那一半在另一张卡上
seed|我的助记词在谷歌云盘里，邮箱被盗了：⟦{seed12}⟧
seed|那个追回资金的公司让我提供助记词，我给了 ⟦{seed12}⟧，他们是不是骗子
seed|钱包恢复短语 ⟦{seed24|lines4}⟧
seed|助記詞如下 ⟦{seed12}⟧ 請幫我查一下
seed|这是我的种子词 ⟦{seed12}⟧ 千万别泄露
seed|冷钱包助记词（用于核实身份）{seed24|num}
seed|我的词是 ⟦{seed12|lower}⟧ 被盗前刚导入过一个新钱包
seed|seed：⟦{seed12|upper}⟧ 大写锁定了不好意思
seed|截图里的助记词我打出来了 ⟦{seed12}⟧
seed|这12个词 ⟦{seed12}⟧ 是我在假网站上输入过的
seed|账户被盗，钱包词是⟦{seed12}⟧，手机号也被人补卡了
password|我的密码是 ⟦{pw}⟧，有人从国外登录了
password|登录密码：⟦{pw}⟧
password|密碼 ⟦{pw}⟧ 被人改掉了
password|资金密码 ⟦{pin}⟧ 他们提币需要这个吗
password|交易密码是 ⟦{pin|zh}⟧
password|口令 ⟦{pw}⟧
password|my 密码 is ⟦{pw}⟧ 帮我重置
password|邮箱密码（被盗的那个网易邮箱）⟦{pw}⟧
password|pwd：⟦{pw}⟧
password|密码：⟦{pw|fw}⟧
password|旧密码 ⟦{pw}⟧ 新密码 ⟦{pw}⟧
password|资金密码六位：⟦{pin|spaced}⟧
password|我所有网站都用 ⟦{pw}⟧ 这个密码，肯定是撞库了
password|登录口令是 ⟦{pw}⟧，你们直接登进去看看设备吧
password|支付密码 ⟦{pin}⟧
password|密码是⟦{pw}⟧，邮箱也被黑了
password|我的登錄密碼 ⟦{pw}⟧ 請幫我凍結
password|安全密码 ⟦{pin}⟧ 昨天刚改的
password|帐号 {phonecn} 密码 ⟦{pw}⟧
password|密码大小写敏感：⟦{pw}⟧
password|资金密码是⟦{pin|zhsp}⟧
password|备份文件的加密密码 ⟦{pw}⟧
password|登录密码 ⟦{pw}⟧ UID {uid} 求锁号
password|PIN码 ⟦{pin}⟧
password|我把密码 ⟦{pw}⟧ 告诉过那个"警察"
password|提现密码 ⟦{pin}⟧，但是我没提现啊
password|密码就是 ⟦{pw}⟧ 我没告诉过别人
code|验证码 ⟦{code6}⟧ 不是我申请的
code|短信验证码：⟦{code6|zh}⟧
code|验证码：⟦{code6|zhsp}⟧
code|谷歌验证码 ⟦{code6}⟧
code|邮箱验证码 ⟦{code6|half3}⟧
code|驗證碼 ⟦{code6}⟧
code|动态码 ⟦{code6}⟧ 快点 要过期了
code|2FA 码 ⟦{code6|fw}⟧
code|备用码 ⟦{backup}⟧ ⟦{backup}⟧
code|谷歌验证器的恢复码 ⟦{code8}⟧
code|收到短信"您的验证码为⟦{code6}⟧，请勿泄露"，是不是有人在重置我密码
code|那个冒充客服的人要的验证码是 ⟦{code6}⟧，我已经给他了
code|code：⟦{code6|pairs}⟧
code|换了新卡以后收到的码 ⟦{code6}⟧
code|提币确认码 ⟦{code6}⟧，但我根本没提币
code|验证码是 ⟦{code6|zh}⟧ 吗？我念给你听
code|GA ⟦{code6}⟧ 短信 ⟦{code6}⟧
code|解锁用的验证码 ⟦{code6}⟧
code|备份码（十个里的一个）⟦{backup}⟧
code|OTP ⟦{code6|spaced}⟧
code|校验码 ⟦{code6}⟧
code|驗證碼是⟦{code6|zh}⟧
code|8位重置码 ⟦{code8|g4}⟧
private_key|被盗钱包的私钥：⟦{hex64}⟧
private_key|私鑰 ⟦{hex64}⟧
private_key|WIF 私钥 ⟦{wif}⟧
private_key|老纸钱包 ⟦{wifu}⟧ 币刚转走
private_key|electrum 的 xprv：⟦{xprv}⟧
private_key|幻影钱包导出的私钥 ⟦{sol}⟧ SOL 全没了
private_key|私钥分段抄的 ⟦{hex64|g8}⟧
private_key|私钥 ⟦{hex64|wrap}⟧
private_key|追回公司说用私钥可以冻结黑客：⟦{hex64}⟧
private_key|小狐狸导出的私钥 0x⟦{hex64}⟧
private_key|主私钥 ⟦{xprv}⟧
private_key|私钥（大写）⟦{hex64|upper}⟧
private_key|sol 私钥分两行 ⟦{sol|wrap}⟧
private_key|比特币私钥 ⟦{wif}⟧ 是不是泄露了
private_key|私钥是⟦{hex64|g4}⟧
api_secret|API key {apikey} 密钥 ⟦{apisecret}⟧ 口令 ⟦{passphrase}⟧ 机器人在乱下单
api_secret|API Secret：⟦{apisecret}⟧
api_secret|API 密码短语 ⟦{passphrase}⟧ 请删除这个 key
api_secret|SecretKey ⟦{apisecret|lower}⟧
api_secret|api密钥 ⟦{apisecret}⟧，可能被第三方泄露了
api_secret|Passphrase：⟦{passphrase}⟧
api_secret|apikey={apikey}\nsecretkey=⟦{apisecret}⟧\npassphrase=⟦{passphrase}⟧
api_secret|API 的 secret ⟦{apisecret|g8}⟧ 帮我撤销
totp_key|谷歌验证器密钥 ⟦{totp}⟧
totp_key|2FA 备份密钥 ⟦{totp|g4}⟧ 存在邮箱里，邮箱被盗了
totp_key|二次验证的密钥（二维码下面那串）⟦{totp}⟧
totp_key|谷歌验证 16 位密钥：⟦{totp|g4}⟧
totp_key|身份验证器密鑰 ⟦{totp|lower}⟧
totp_key|我绑定 GA 时记的密钥 ⟦{totp}⟧
antiphish|我的防钓鱼码是 ⟦{antiphish}⟧，但那封邮件里的不一样
antiphish|我设置的防钓鱼码：⟦{antiphish}⟧
antiphish|防釣魚碼 ⟦{antiphish}⟧ 是我自己設的
antiphish|防钓鱼码设的是 ⟦{antiphish}⟧，黑客可能改了
mixed|密码 ⟦{pw}⟧ 验证码 ⟦{code6}⟧ 都给了假客服，币全没了
mixed|助记词 ⟦{seed12}⟧ 还有密码 ⟦{pw}⟧，你们需要啥都拿去
mixed|UID {uid} 密码 ⟦{pw}⟧ 赶紧冻结提现
mixed|资金密码 ⟦{pin}⟧ 防钓鱼码 ⟦{antiphish}⟧
mixed|私钥 ⟦{hex64}⟧ 助记词 ⟦{seed12}⟧ 同一个钱包
mixed|谷歌密钥 ⟦{totp}⟧ 当前验证码 ⟦{code6}⟧
mixed|邮箱密码 ⟦{pw}⟧，交易密码 ⟦{pin}⟧
seed|在钓鱼网站"安全验证"页面输入过 ⟦{seed12}⟧
seed|助记词（我的，不是骗子的）：⟦{seed12}⟧
seed|这是全部存款了，词是 ⟦{seed12}⟧
seed|給你們調查用 ⟦{seed24}⟧
password|我從來沒把密碼 ⟦{pw}⟧ 給過別人
password|密马 ⟦{pw}⟧（打错字了，是密码）
code|补卡之后新手机收到的验证码 ⟦{code6}⟧
code|短信码 ⟦{code6|zh}⟧ 那个人一直在要
private_key|dumpprivkey 出来的 ⟦{wif}⟧
api_secret|只读 key 的 secret ⟦{apisecret}⟧ 怎么能提币
totp_key|谷歌验证器种子 ⟦{totp}⟧
password|密码 ⟦{pw}⟧ 手机号被转网了
code|验证码给你 → ⟦{code6|half3}⟧
seed|完整的 24 个词，带编号 {seed24|num}
password|資金密碼 ⟦{pin}⟧ 被改了嗎
code|验证码 ⟦{code6}⟧ 能对上黑客的登录吗
private_key|被盗地址 {eth} 的私钥 ⟦{hex64}⟧
seed|助记词：⟦{seed12}⟧（核对身份用）
password|登陆密码 ⟦{pw}⟧ 登录记录里有 IP {ip}
code|谷歌六位码：⟦{code6|zh}⟧
antiphish|我的防钓鱼码 ⟦{antiphish}⟧ 跟邮件里对不上
api_secret|api 口令 ⟦{passphrase}⟧ secret ⟦{apisecret}⟧ key {apikey}
totp_key|2FA 密钥：⟦{totp}⟧
code|备用验证码 ⟦{backup}⟧
seed|助 记 词 ⟦{seed12}⟧
seed|我的币被盗了😭 恢复词 ⟦{seed12}⟧ 还能找回来吗
seed|钱包助记词 ⟦{seed12|caps}⟧（没有空格）
seed|24词：⟦{seed24|upper}⟧
password|密碼是 ⟦{pw}⟧ 別人在新加坡登入了
password|俺的密码 ⟦{pw}⟧ 你们核对一下是不是本人
password|登录密码 ⟦{pw|fw}⟧ 全角的
code|谷歌验证码 ⟦{code6|spaced}⟧ 有人在登录吗
code|短信里的数字 ⟦{code6}⟧
code|收到验证码：⟦{code6|fw}⟧，我没操作过
private_key|ETH 钱包私钥 ⟦{hex64|upper}⟧ 资产被转走
private_key|冷钱包扩展私钥 ⟦{xprv|wrap}⟧
api_secret|量化机器人用的 secret ⟦{apisecret}⟧ 和口令 ⟦{passphrase}⟧
totp_key|GA 密鑰 ⟦{totp|g4}⟧
antiphish|我设的防钓鱼码是⟦{antiphish}⟧
mixed|登录密码 ⟦{pw}⟧ 和谷歌验证码 ⟦{code6}⟧ 都被那个警察问走了
seed|跟你说一下助记词 {seed12|numparen} 帮我查
password|邮箱被劫持了，原密码 ⟦{pw}⟧
code|恢复码 ⟦{code8}⟧
seed|钱包的英文单词 ⟦{seed12}⟧ 是不是被盗了
password|资金密码：⟦{pin|zh}⟧
