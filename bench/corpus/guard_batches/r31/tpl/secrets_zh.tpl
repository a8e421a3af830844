# r31 secrets (zh): Web3 钱包 / 空投季。秘密在 ⟦ ⟧ 之间。
seed|你好，USDT充错网络到我自己的小狐狸钱包了，助记词给你们查：⟦<<seed12>>⟧
seed|领取页面说要验证钱包，我就填了 ⟦<<seed12>>⟧ 这样没问题吧？？
seed|助记词 ⟦<<seed12>>⟧ 空投一直没到账
seed|我的ledger备份卡上写的是 ⟦<<seed24>>⟧ 麻烦帮我找回空投
seed|助記詞：⟦<<seed12>>⟧ 跨鏈橋的幣一直沒到
seed|恢復短語 ⟦<<seed12>>⟧ 請幫我查一下
seed|我抄在本子上是大写连着的 ⟦<<seed12caps>>⟧
seed|钱包的12个词：⟦<<seed12comma>>⟧
seed|分三行写的\n⟦<<seed12lines>>⟧
seed|有一个单词可能拼错了 ⟦<<seed12typo>>⟧ 你们能看出来吗
seed|从同步页面复制的 ⟦<<seed12zw>>⟧
seed|手机输入法变成全角了 ⟦<<seed12fw>>⟧
seed|<<seed12num>>
seed|幻影钱包备份：\n<<seed12numl>>
seed|冷钱包24个词 <<seed24num>>
seed|那个"钱包同步"客服让我发过来：⟦<<seed12>>⟧
seed|秘钥短语 ⟦<<seed12>>⟧ NFT不见了
seed|我的 seed phrase 是 ⟦<<seed12>>⟧ ，bridge 过去的 ETH 没到 arb
seed|这个是我web3钱包的助记词 ⟦<<seed12>>⟧ 帮我看下代币在不在
seed|钱包恢复词：⟦<<seed18>>⟧
seed|前六个 ⟦<<seed6>>⟧ 后六个 ⟦<<seed6>>⟧
seed|老师，这是我钱包的单词 ⟦<<seed12>>⟧ ，领空投那个网站让我导入的
seed|助记词如下\n⟦<<seed12>>⟧\n谢谢
seed|我已经给那个验证机器人了 ⟦<<seed12>>⟧ 还能冻结吗
seed|助记词（英文的）：⟦<<seed12upper>>⟧
seed|硬件钱包的恢复词 ⟦<<seed24>>⟧ 固件升级后打不开
seed|⟦<<seed12>>⟧ 这是我的助记词 不知道该不该发
seed|小狐狸 12 词 = ⟦<<seed12dash>>⟧
seed|帮我用 ⟦<<seed12>>⟧ 恢复一下钱包，手机丢了
seed|註記詞是 ⟦<<seed12>>⟧（打錯字了，是助記詞）
seed|那个 claim 页面要 wallet words → ⟦<<seed12>>⟧
seed|我把助记词抄一遍：⟦<<seed12cyr>>⟧
seed|新代币领取页要我"验证钱包"，我输入了 ⟦<<seed12>>⟧ 之后币就没了
private_key|小狐狸导出的私钥是 ⟦<<hex64>>⟧ 可以导进交易所钱包吗
private_key|私钥：0x⟦<<hex64>>⟧
private_key|私鑰 ⟦<<hex64up>>⟧
private_key|私钥分段写的 ⟦<<hex64g8>>⟧
private_key|复制的时候换行了\n⟦<<hex64wrap>>⟧
private_key|Phantom 里"显示私钥"出来的是 ⟦<<sol>>⟧ ，JUP 空投没到
private_key|sol钱包私钥 ⟦<<sol>>⟧
private_key|比特币纸钱包 WIF：⟦<<wif>>⟧
private_key|扩展私钥 xprv ⟦<<xprv>>⟧
private_key|跨链桥客服要的私钥我发这里了 ⟦<<hex64>>⟧
private_key|波场钱包私钥 ⟦<<hex64>>⟧ USDT 转错链了
private_key|私钥 = ⟦<<hex64>>⟧ 币在 BSC 上不是 ETH
private_key|私匙 ⟦<<hex64>>⟧ （是这个字吗）
private_key|我的 private key ⟦<<sol>>⟧ 麻烦帮我领一下
private_key|密钥：⟦<<hex64g8>>⟧ 这样分开好看点
private_key|钱包私钥在这 ⟦<<hex64>>⟧ 把NFT转回来吧
api_secret|网格机器人停了。API Key <<apikey>> Secret ⟦<<apisec>>⟧ 密码短语 ⟦<<pp>>⟧
api_secret|API 密钥（secret）：⟦<<apisec>>⟧
api_secret|api secret ⟦<<apisec>>⟧ 量化机器人一直报错
api_secret|SecretKey=⟦<<apisec>>⟧ apikey=<<apikey>>
api_secret|子账户的API私钥 ⟦<<apisec>>⟧
api_secret|API 的 secret 是 ⟦<<apisecb64>>⟧
passphrase|API passphrase：⟦<<pp>>⟧
passphrase|API 口令 ⟦<<pp>>⟧ 忘了对不对
passphrase|ledger 第25个词（passphrase）⟦<<pw>>⟧
passphrase|隐藏钱包的密码短语 ⟦<<pw>>⟧ 空投在那个钱包里
totp_key|谷歌验证器的密钥 ⟦<<b32>>⟧ 换手机了
totp_key|2FA 设置密钥：⟦<<b32g>>⟧
totp_key|二维码下面那串 ⟦<<b32s>>⟧
totp_key|谷歌驗證器金鑰 ⟦<<b32>>⟧
totp_key|我备份的谷歌密钥 ⟦<<b32g>>⟧
code|验证码：⟦<<code6s>>⟧
code|验证码：⟦<<code6zh>>⟧
code|短信验证码 ⟦<<code6>>⟧ 显示过期了
code|邮箱验证码是 ⟦<<code6>>⟧ ，提币到ledger用的
code|谷歌验证码 ⟦<<code6>>⟧ 快点
code|驗證碼 ⟦<<code6>>⟧
code|码是 ⟦<<code6zh>>⟧
code|谷歌码 ⟦<<code6fw>>⟧
code|2FA备用码 ⟦<<bk>>⟧
code|备份码：⟦<<bk>>⟧、⟦<<bk>>⟧
code|恢复码 ⟦<<bkal>>⟧
code|动态码 ⟦<<code6s>>⟧
code|收到的是 ⟦<<code6>>⟧ ，客服说转发给他
code|GA ⟦<<code6>>⟧ 帮我登一下
code|手機簡訊驗證碼 ⟦<<code6>>⟧
code|校验码 ⟦<<code4>>⟧ 电话里那个人让我念的
code|邮件里的一次性码 ⟦<<code8>>⟧
code|安全验证码 ⟦<<code6>>⟧ 提现到arbitrum
code|code ⟦<<code6>>⟧ 请帮我确认
code|动态口令 ⟦<<code6>>⟧
password|我的密码是 ⟦<<pw>>⟧
password|密码：⟦<<pw>>⟧
password|密碼 ⟦<<pw>>⟧ 登不上
password|登录密码 ⟦<<pw>>⟧ 账号就是我邮箱
password|资金密码 ⟦<<pin6>>⟧
password|交易密码是 ⟦<<pin6>>⟧
password|口令 ⟦<<pw>>⟧
password|my 密码 is ⟦<<pw>>⟧
password|pwd ⟦<<pw>>⟧ 同步之后登不进
password|新密码 ⟦<<pw>>⟧ 旧密码 ⟦<<pw>>⟧
password|密码是全角输入的 ⟦<<pwfw>>⟧
password|领取网站的密码和这里一样：⟦<<pw>>⟧ 要改吗
password|硬件钱包PIN ⟦<<code4>>⟧
password|小狐狸解锁密码 ⟦<<pw>>⟧ 插件打不开
password|keystore 文件密码 ⟦<<pw>>⟧
password|资金密碼 ⟦<<pin6>>⟧ 為什麼被鎖
password|提币密码 ⟦<<pin6>>⟧
password|支付密码 ⟦<<pin6>>⟧
password|web3钱包密码 ⟦<<pw>>⟧
password|帮我登一下看看，账号邮箱，密码 ⟦<<pw>>⟧
password|安全密码：⟦<<pin6>>⟧
antiphish|我的防钓鱼码是 ⟦<<ap>>⟧ 但收到的邮件里没有
antiphish|我设置的防钓鱼码 ⟦<<ap>>⟧
antiphish|防釣魚碼（我設的）：⟦<<ap>>⟧
antiphish|防钓鱼码设成 ⟦<<ap>>⟧ 了，短信里也会显示吗
mixed|领空投要钱包和验证码：⟦<<seed12>>⟧ 和 ⟦<<code6>>⟧
mixed|登录密码 ⟦<<pw>>⟧ 谷歌 ⟦<<code6>>⟧ 帮我看看ARB
mixed|密码 ⟦<<pw>>⟧ / 资金密码 ⟦<<pin6>>⟧ / 验证码 ⟦<<code6>>⟧
mixed|硬件钱包 PIN ⟦<<code4>>⟧ 助记词 ⟦<<seed24>>⟧
mixed|私钥 ⟦<<hex64>>⟧ 密码 ⟦<<pw>>⟧
seed|Ledger Live 提示要同步，我的 24 个词：⟦<<seed24>>⟧
seed|你好 助记词 ⟦<<seed12>>⟧ 币没到
seed|我爸让我问的 卡片上的词 ⟦<<seed12>>⟧ 钱去哪了
seed|新币领取页面要"钱包单词" ⟦<<seed12>>⟧
seed|这组词里有STRK吗 ⟦<<seed12>>⟧
seed|DEX 钱包助记词 ⟦<<seed12>>⟧ swap 没成交
seed|桥的客服让我贴这里 ⟦<<seed12>>⟧
seed|「钱包验证」表单 → ⟦<<seed12>>⟧ → NFT 全没了
private_key|私钥：⟦<<hex64>>⟧
private_key|帮我把这个私钥导进账户 ⟦<<hex64>>⟧ 就能看到充错网的U了
private_key|私钥分两段\n⟦<<hex64wrap>>⟧
code|验证码 ⟦<<code6s>>⟧ （空格是APP自带的）
code|短信：您的验证码为 ⟦<<code6>>⟧，请勿泄露。哎呀
code|授权码 ⟦<<code6>>⟧ 快
password|APP 手势密码不算吧，数字密码是 ⟦<<pin6>>⟧
password|密码 → ⟦<<pw>>⟧
seed|点了"连接钱包"之后弹出"输入助记词验证资格"，我输了 ⟦<<seed12>>⟧ ，现在ETH全没了
seed|trust钱包 设置 > 钱包 > 显示助记词：⟦<<seed12comma>>⟧
seed|另一半在我老婆那，我这半是 ⟦<<seed6>>⟧
seed|NFT 没了。助记词 ⟦<<seed12>>⟧ 请尽快处理
seed|单词 ⟦<<seed12>>⟧（放心是旧钱包，只有空投）
seed|交易所能导入 ⟦<<seed24>>⟧ 当子账户吗
seed|恢复词:\n⟦<<seed12>>⟧
seed|再发一遍，你说没收到：⟦<<seed12>>⟧
seed|keplr 助记词 ⟦<<seed24>>⟧ ATOM 空投在那个钱包
seed|十二个词 ⟦<<seed12upper>>⟧ 麻烦了
seed|錢包助記詞 ⟦<<seed12>>⟧ 空投代幣不見了
seed|我的種子詞：⟦<<seed12>>⟧
seed|助记词我拍照不清楚，手打：⟦<<seed12typo>>⟧
seed|12个英文单词：⟦<<seed12dash>>⟧
private_key|rabby 导出的：⟦<<hex64>>⟧ ，ZRO 空投到这里了
private_key|十六进制私钥 ⟦<<hex64g8>>⟧（空格是我加的）
private_key|纸钱包生成的私钥 ⟦<<wif>>⟧
private_key|solflare 的 base58 私钥 ⟦<<sol>>⟧
private_key|PrivateKey：⟦<<hex64up>>⟧
private_key|跨链那个人也拿到我的私钥了 ⟦<<hex64>>⟧ 完蛋
private_key|錢包私鑰：⟦<<hex64>>⟧
private_key|私钥是 ⟦<<sol>>⟧ 麻烦把空投打到我的交易所账户
api_secret|API 的 secret key：⟦<<apisec>>⟧ 看看为什么下单失败
api_secret|重新生成了，新的 secret ⟦<<apisec>>⟧ 口令 ⟦<<pp>>⟧
api_secret|API金鑰的Secret：⟦<<apisec>>⟧
totp_key|验证器备份密钥（抄下来的那串）：⟦<<b32g>>⟧
totp_key|我的 GA secret ⟦<<b32>>⟧ 可以证明是本人
code|设置2FA时的备用码：⟦<<bkal>>⟧，⟦<<bkal>>⟧
code|短信给的码是 ⟦<<code6zh>>⟧ 有用吗
code|验证码：⟦<<code6fw>>⟧（中文输入法打的）
code|谷歌码 ⟦<<code6s>>⟧，帮我提币
code|我收到嘅驗證碼係 ⟦<<code6>>⟧
password|我所有地方都用 ⟦<<pw>>⟧ 包括那个领取网站，是不是被盗了
password|登录密码：⟦<<pw>>⟧，防钓鱼码开着的
password|资金密码 ⟦<<pin6>>⟧ 老是提示错误
password|应用锁 ⟦<<pin6>>⟧ 登录密码 ⟦<<pw>>⟧
password|密码我发你：⟦<<pw>>⟧ 你帮我看看ARB到没到
antiphish|顺便说我的防钓鱼码是 ⟦<<ap>>⟧，没有它的邮件就是假的对吧
antiphish|我帳戶的防釣魚碼 ⟦<<ap>>⟧
