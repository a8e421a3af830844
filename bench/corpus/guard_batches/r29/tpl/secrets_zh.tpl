# secrets_zh: 中文客户（VIP/机构）贴出来的敏感信息，⟦ ⟧ 内为秘密。
password|你好，我是机构账户的{name_zh}，UID {uid}，登录一直提示密码错误，我输的是⟦{password}⟧，帮我看下是不是被锁了
password|密码：⟦{password}⟧
password|登录密码⟦{password}⟧，资金密码⟦{pin6}⟧，客户经理{am_zh}说晚上找你们值班的处理
password|我的密码是 ⟦{password}⟧ 麻烦快点，{amount} U 的提币卡住了
password|資金密碼 ⟦{pin6}⟧ 一直顯示錯誤，我人在香港，手機號也換了
password|口令⟦{password}⟧
password|pwd: ⟦{password}⟧ 账号 {email}
password|my 密码 is ⟦{password}⟧，帮忙重置一下二次验证
password|交易密码是⟦{pin6}⟧吧？我记不太清了，你们后台能看到吗
password|登陆密码 ⟦{password_fw}⟧ （输入法是全角的，是不是这个原因登不上）
password|子账户{sub}的密码我给交易员了，是⟦{password}⟧，他说登不进去
password|老密码⟦{password}⟧，新密码⟦{password2}⟧，哪个是对的？
password|mi ma shi ⟦{password}⟧, zai guo wai da bu kai app
password|資金密碼改成了⟦{pin6}⟧，為什麼大額提幣還是要等24小時
password|我把登录密码发你：⟦{password}⟧，你们技术帮我登进去把白名单地址加上
password|PIN码 ⟦{pin4}⟧
password|账号{email} 密码⟦{password}⟧ 审计师周五要对账单，急
password|我们公司财务的登录密码⟦{password}⟧，她休假了，现在没人能操作提现
password|刚才电话里那个“客户经理”让我把密码发这里，⟦{password}⟧，这样对吗？
antiphish|我设置的防钓鱼码是⟦{antiphish_zh}⟧，你们发的邮件里要是没有这个就是假的对吧
antiphish|防钓鱼码我自己设的⟦{antiphish}⟧，麻烦确认一下还有效
password|支付密码⟦{pin6}⟧輸入三次錯誤被鎖了
password|密碼：⟦{password}⟧，帳號：{email}，請幫我查一下登入紀錄
password|密码是我女儿名字加生日 ⟦{password}⟧ 应该没错啊
password|新资金密码想设成⟦{pin6}⟧，六位数字可以吗
password|登录pw ⟦{password}⟧ 出差在迪拜，收不到国内短信
password|mima ⟦{password}⟧
password|密码 ⟦{password}⟧ / 资金密码 ⟦{pin6}⟧ / 手机 {phone_cn}
password|那个安全密码（就是提币时候输的）是⟦{pin6}⟧
password|登录口令 ⟦{password}⟧，是不是特殊符号的问题
code|验证码⟦{code6}⟧
code|短信验证码：⟦{code6}⟧，快帮我提交换绑手机
code|验证码是⟦{code6_zh}⟧
code|驗證碼 ⟦{code6}⟧
code|谷歌验证码⟦{code6_sp}⟧
code|Google验证器上显示⟦{code6}⟧，麻烦帮我确认那笔 {btc_amt} BTC 的提现
code|邮箱验证码⟦{code6}⟧ 手机验证码⟦{code6b}⟧ 都填了还是转圈
code|code ⟦{code6}⟧
code|语音电话念的是⟦{code6_zh}⟧，我输进去说过期了
code|二次验证码：⟦{code6_dash}⟧
code|刚收到的 ⟦{code6_fw}⟧
code|动态码⟦{code6}⟧，客户经理说报给值班的就行
code|2FA备用码：{backup_list}
code|恢复码⟦{backup}⟧，手机在新加坡丢了，能用这个关掉谷歌验证吗
code|备份码 ⟦{backup_b32}⟧（当时打印出来放保险柜了）
code|短信码 ⟦{code6_allsp}⟧
code|验证码 ⟦{code6}⟧，回拨电话的人让我报给他，是你们的人吗
code|yan zheng ma ⟦{code6}⟧
code|收到了，⟦{code6}⟧
code|剛剛簡訊的驗證碼是 ⟦{code6}⟧，請幫我完成換綁
code|邮件里的验证码⟦{code6}⟧，不过邮件看着有点怪，能用吗
code|身份验证器⟦{code6}⟧，给子账户划转用的
code|验证码：⟦{code6_en}⟧（语音是英文播的）
code|码是⟦{code6}⟧，我在东京，旧号码收不到
code|OTP ⟦{code6}⟧
code|谷歌码 ⟦{code6}⟧ 然后下一个 ⟦{code6b}⟧，都不行
code|恢復碼：⟦{backup}⟧ ⟦{backup}⟧
code|备用验证码是⟦{backup}⟧对吧？我照着纸抄的
totp_key|新手机绑谷歌验证，页面上的密钥是⟦{totp}⟧，麻烦帮我确认绑到{email}了
totp_key|谷歌验证器密钥：⟦{totp16}⟧
totp_key|二维码下面那串⟦{totp_g4}⟧我存到团队密码管理器里了，可以吗
totp_key|2FA的那个16位备份密钥⟦{totp16}⟧，换手机要用
totp_key|我们交易组三个人想共用一个验证器，密钥是⟦{totp}⟧
totp_key|谷歌驗證密鑰 ⟦{totp}⟧
api_secret|API Key {api_key}，Secret Key ⟦{api_secret}⟧，Passphrase ⟦{passphrase}⟧，机器人一直报签名错误
api_secret|secretkey：⟦{api_secret}⟧
api_secret|子账户{sub}的API：key {api_key}，密钥 ⟦{api_secret}⟧，要加IP白名单 {ip}
api_secret|API密码短语是⟦{passphrase}⟧，迁移之后签名都失败
api_secret|apikey={api_key}\nsecret=⟦{api_secret}⟧\npassphrase=⟦{passphrase}⟧
api_secret|API的私钥（secret）⟦{api_secret}⟧，审计用的只读key
api_secret|重新生成了secret，现在是⟦{api_secret}⟧，旧的key {api_key} 还显示有效
api_secret|API 口令 ⟦{passphrase}⟧
api_secret|密钥（base64的）⟦{api_secret_b64}⟧ 你们v5接口认这个格式吗
seed|助记词：⟦{seed12}⟧
seed|我的助记词是⟦{seed12}⟧，资金是不是被冻结了
seed|⟦{seed24}⟧ 这是托管钱包的助记词
seed|助記詞 ⟦{seed12}⟧
seed|钢板上抄的，大写的 ⟦{seed12_caps}⟧
seed|⟦{seed12_capsjoined}⟧
seed|客户经理让我核对一下这12个词：⟦{seed12_typo}⟧
seed|助记词 ⟦{seed12_zhcomma}⟧
seed|恢复短语⟦{seed12_dash}⟧，旧硬件钱包的备份，能导入交易所吗
seed|三个签名人之一的助记词：⟦{seed24_typo}⟧
seed|有一个词可能拼错了，帮我看看：⟦{seed12_typo}⟧
seed|{seed12_num}
seed|助记词如下：\n{seed12_numlines}
seed|{seed24_num}
seed|⟦{seed12_title}⟧
seed|⟦{seed12_lines}⟧
seed|卡片上抄的三行：\n⟦{seed12_rows}⟧
seed|备忘录里复制的 ⟦{seed12_zwsp}⟧
seed|助记词 ⟦{seed12_fw}⟧
seed|⟦{seed12_cyr}⟧
seed|多签备份钥匙的24个单词是⟦{seed24}⟧，“安全部门”让我确认，靠谱吗
seed|我在短信里那个“钱包同步”页面输入了助记词⟦{seed12}⟧，是不是被骗了？？
seed|为了证明大额提现是本人：⟦{seed12}⟧
seed|OTC那边说要助记词做担保：⟦{seed24}⟧
seed|zhu ji ci: ⟦{seed12}⟧
seed|我爸留下的钱包，本子上写着⟦{seed12_typo}⟧，交易所能帮忙找回吗
seed|助记词⟦{seed12}⟧请把里面的币都转到我VIP账户
seed|{seed12_num}（按卡片上的编号抄的）
seed|12个词 ⟦{seed12_slash}⟧
seed|钱包恢复词：⟦{seed12}⟧，我怕忘了发工单里存一下
seed|備份單詞 ⟦{seed12}⟧ 麻煩看下餘額
private_key|私钥：⟦{hex}⟧
private_key|私鑰 ⟦{hex_0x}⟧，充值用的熱錢包
private_key|⟦{hex_upper}⟧ 这是转账那个地址的私钥，能确认是我的吗
private_key|托管工具显示的私钥（分组的）：⟦{hex_g8}⟧
private_key|私钥 ⟦{hex_g4}⟧
private_key|打印件上私钥分两行：\n⟦{hex_wrap}⟧
private_key|纸钱包的WIF ⟦{wif}⟧
private_key|老格式的私钥⟦{wif_u}⟧，能帮我把币扫到交易所吗
private_key|Electrum导出的：⟦{xprv}⟧
private_key|财库钱包的xprv：⟦{xprv}⟧，xpub是{xpub}，你们要哪个
private_key|Phantom导出的私钥⟦{sol_key}⟧
private_key|SOL私钥 ⟦{sol_key}⟧，充到子账户的SOL没到
private_key|我们2-of-3多签的一把签名私钥：⟦{hex}⟧
private_key|小狐狸导出的私钥，地址 {eth_addr}：⟦{hex}⟧
private_key|比特币私钥⟦{wif}⟧，帮我查下余额
private_key|si yao ⟦{hex}⟧
private_key|多签共同签名人的xprv ⟦{xprv}⟧，托管商说对账要用
private_key|私钥就是这个 ⟦{hex}⟧ 别告诉别人哈
password|{name_zh}这边，夜班回拨没打来。为了快点：密码⟦{password}⟧，资金密码⟦{pin6}⟧，验证码⟦{code6}⟧
seed|合规部门要助记词和密码，给：⟦{seed12}⟧ / ⟦{password}⟧
private_key|审计用：UID {uid}，私钥⟦{hex}⟧，工单{ticket}
code|工单{ticket}，按你们专员{am_zh}的要求发验证码⟦{code6}⟧
password|新号码{phone}，旧号码停了，密码还是⟦{password}⟧，能不用旧手机短信直接改吗
password|您好，我是基金的董事，麻烦重置2FA，密码⟦{password}⟧，护照已上传
code|邮箱验证码⟦{code6}⟧ 手机的⟦{code6b}⟧，请在新加坡时间{time}回电
password|mima: ⟦{password}⟧  账号uid {uid}
password|登录密码和资金密码一样的，都是⟦{password}⟧，我知道不安全
code|校验码 ⟦{code6}⟧
code|短信 {phone_mask} 收到 ⟦{code6}⟧
password|登录⟦{password}⟧，PIN⟦{pin4}⟧
seed|我把助记词放工单里留个记录：⟦{seed12}⟧
api_secret|子账户{sub} API：Access key {api_key} Secret ⟦{api_secret}⟧（只读+交易，不能提币）
totp_key|以前验证器的密钥是⟦{totp}⟧，能用这个帮我生成码吗
seed|我的12词：⟦{seed12}⟧，另一个钱包24词：⟦{seed24}⟧
code|验证码⟦{code6}⟧ 麻烦批准提币 {btc_amt} BTC 到 {btc_addr}
password|你们微信上的客服让我发密码，⟦{password}⟧
password|密码（带€符号那个）：⟦{password}€⟧
password|我们交易台共用的账号 {email} 密码 ⟦{password}⟧，亚盘开盘前要改子账户权限
seed|钱包助记词⟦{seed12_comma}⟧，交易所能看到余额吗
code|OTP⟦{code6}⟧是换绑手机用的，我现在在圣保罗
password|密码是不是泄露了？⟦{password}⟧，帮我查一下
code|⟦{code6}⟧ ← 验证码
password|密保问题答案是⟦{password}⟧
private_key|签名私钥（ed25519 hex）⟦{hex}⟧
seed|OTC对手方给了我“托管钱包”的词，让我导入：⟦{seed12}⟧
code|客服念了个号码让我把短信读回去：⟦{code6}⟧，真的是你们吗
password|提币密码⟦{pin6}⟧，交易密码⟦{pin4}⟧
api_secret|API密语⟦{passphrase}⟧，key是{api_key}
totp_key|谷歌验证器导出时显示的key ⟦{totp16}⟧
seed|多签第二把钥匙的助记词：{seed12_num}
private_key|恢复出来的私钥⟦{sol_key}⟧，对应地址{sol_addr}
seed|pls check 助记词: ⟦{seed12}⟧
code|备用码 ⟦{backup}⟧
code|我的2FA恢复码是⟦{backup_b32}⟧
password|改之前的资金密码是⟦{password}⟧，新的忘了
password|我是{name_zh}的助理，老板让我把登录密码给你们，方便导出对账单：⟦{password}⟧
code|六位数：⟦{code6}⟧ 悉尼这边凌晨三点了，快点
password|试了⟦{password}⟧和⟦{password2}⟧都不对
seed|顺序是⟦{seed12}⟧，前11个我肯定没记错
private_key|imToken显示的私钥⟦{hex}⟧，交易所充值地址是{eth_addr}
code|邮件里写“您的验证码为”⟦{code6}⟧，这封邮件是你们发的吗
api_secret|出事后换了key，新secret ⟦{api_secret_b64}⟧，口令没变（⟦{passphrase}⟧）
seed|助记词泡水了，能看清的是：⟦{seed12_typo}⟧
totp_key|二维码下面的字（团队共用2FA）：⟦{totp_g4}⟧
private_key|WIF（压缩）：⟦{wif}⟧，地址是1开头的老地址
code|短信⟦{code6}⟧ 邮箱⟦{code6b}⟧，不该发的话不好意思
password|哈喽 密码 ⟦{password}⟧ 账号 {phone_cn} 麻烦看下为啥登不了
code|驗證碼係⟦{code6}⟧，唔該快啲幫我處理
password|密碼係⟦{password}⟧，我喺新加坡出差
code|验证码: ⟦{code6_sp}⟧ 给你
seed|zhu ji ci shi ⟦{seed12_caps}⟧
