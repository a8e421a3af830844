# r22 secrets, Chinese-speaking customers (Simplified, Traditional, mixed, pinyin). guardeval22, blind to the guard.
seed|你好，我的钱包被盗了，助记词是 ⟦{{seed:12}}⟧ 麻烦帮我查一下钱去哪了
seed|助记词：⟦{{seed:12}}⟧
seed|客服 我把助记词发你 ⟦{{seed:12:numcn}}⟧ 帮我恢复一下
seed|imToken里的币全没了！！！助记词⟦{{seed:12:upper}}⟧
seed|我抄在本子上的是这些：\n⟦{{seed:12:nl}}⟧
seed|小狐狸钱包的助记词 ⟦{{seed:12}}⟧ 导入显示无效 是不是我抄错了
seed|⟦{{seed:12:zh}}⟧ 这是我的中文助记词
seed|中文助记词：⟦{{seed:12:zh,nospace}}⟧，请问能恢复吗
seed|我用的是中文版助记词 ⟦{{seed:24:zh}}⟧ 24个字
seed|TP钱包 助记词 ⟦{{seed:12:numdot}}⟧ 导进去余额是0 急
seed|您好，我是老用户了，年纪大了记性不好，儿子帮我弄的钱包，纸条上写的是 ⟦{{seed:12:first}}⟧ 麻烦你们帮我看看里面还有多少钱，谢谢
seed|助记词少了一个，剩下的是 ⟦{{seed:12:drop}}⟧ 能帮我找回来吗
seed|刚才那个“官方客服”让我提供助记词验证钱包，我发了 ⟦{{seed:12}}⟧ 这样没问题吧？
seed|助記詞 ⟦{{seed:12}}⟧ 請幫我查一下
seed|我的助記詞是：⟦{{seed:12:comma}}⟧ 錢包裡的USDT不見了
seed|zhujici ⟦{{seed:12}}⟧ 输入法坏了打不了中文
seed|my 助记词 is ⟦{{seed:12}}⟧ pls help
seed|12个单词 ⟦{{seed:12:nospace}}⟧ 我连在一起写的
seed|帮我看看这个助记词对不对，导入老是报错：⟦{{seed:12:typo}}⟧
seed|冷钱包的24个词 ⟦{{seed:24:nl4}}⟧
seed|恢复短语 ⟦{{seed:12}}⟧
seed|钱包备份单词：⟦{{seed:12:commazh}}⟧
seed|“⟦{{seed:12}}⟧” 这个是钱包创建时候显示的
seed|我怕忘了 先存你们这儿 ⟦{{seed:12}}⟧
seed|Ledger恢复词\n⟦{{seed:24:numdot,nl}}⟧
seed|⟦{{seed:12:fw}}⟧ 手机备忘录复制的
seed|助记词（大写）⟦{{seed:12:upper,nospace}}⟧
seed|急！！钱被转走了！助记词 ⟦{{seed:12}}⟧ 地址 {{eth}} 你们能冻结吗
seed|我的钱包12词：⟦{{seed:12:numparen}}⟧
seed|我朋友说把助记词给客服就能找回资金，⟦{{seed:12:dash}}⟧
seed|這是我的備份詞 ⟦{{seed:12:zht}}⟧
seed|注记词 ⟦{{seed:12:typo}}⟧（可能拼错了一个）
seed|助记词分两行抄的：\n⟦{{seed:12:nl6}}⟧
seed|谷歌浏览器插件钱包 助记词 ⟦{{seed:12:cyrillic}}⟧
seed|助记词 ⟦{{seed:12:zwsp}}⟧
seed|18位助记词 ⟦{{seed:18}}⟧
seed|老师说我们群里统一登记一下助记词，我的是 ⟦{{seed:12}}⟧
seed|我把助记词截图删了，文字版在这 ⟦{{seed:12:title}}⟧
seed|麻烦看下 ⟦{{seed:12:numsp}}⟧ 这个钱包
seed|哥们儿 助记词给你 ⟦{{seed:12}}⟧ 快点帮我弄
seed|我在纸上写的顺序可能不对⟦{{seed:12:swap}}⟧
seed|这是我比特派的助记词⟦{{seed:12}}⟧里面有ETH
seed|helper words? 就是这个吧 ⟦{{seed:12}}⟧
seed|Web3钱包助记词 ⟦{{seed:12:space2}}⟧ 请协助
private_key|私钥 ⟦{{hex}}⟧
private_key|我的私钥是 ⟦{{hex:0x}}⟧ 帮我把币转回来
private_key|私钥发你了 ⟦{{hex:g8}}⟧ 分段抄的
private_key|私鑰：⟦{{hex:upper}}⟧
private_key|导出的私钥\n⟦{{hex:wrap}}⟧
private_key|Phantom钱包私钥 ⟦{{sol}}⟧ SOL全没了
private_key|索拉纳的私钥 ⟦{{sol}}⟧
private_key|比特币纸钱包私钥 ⟦{{wif:u}}⟧ 能导入吗
private_key|WIF格式的私钥 ⟦{{wif}}⟧
private_key|private key ⟦{{hex}}⟧ 充值地址是这个钱包的
private_key|密钥 ⟦{{hex:0x,g4}}⟧
private_key|私钥（每16位一行）\n⟦{{hex:g16nl}}⟧
private_key|siyao ⟦{{hex}}⟧
private_key|这个是我钱包的秘钥：⟦{{hex}}⟧，我转错链了，你们用这个帮我找回
private_key|扩展私钥 ⟦{{xprv}}⟧
private_key|客服你好，私钥给你：⟦{{hex:upper,g8}}⟧，麻烦尽快处理
private_key|波场钱包私钥 ⟦{{hex}}⟧ 地址 {{trx}}
private_key|我把私钥复制下来了 ⟦{{hex:dash}}⟧ 中间的横杠是我自己加的
private_key|⟦{{sol}}⟧ ← Solflare导出的私钥
private_key|私钥：⟦{{hex}}⟧ 这个能证明钱包是我的吧
api_secret|API Key：{{uuid}}\nSecret Key：⟦{{hex32u}}⟧\nPassphrase：⟦Haitang2024@⟧\n一直报签名错误
api_secret|我的API密钥 ⟦{{hex32u}}⟧ 量化机器人跑不了了
api_secret|secretkey=⟦{{alnum:64}}⟧ 这个对吗
api_secret|apikey {{uuid}} 密钥 ⟦{{hex32u}}⟧ 密码短语 ⟦qq123456abc⟧
api_secret|API的Secret是 ⟦{{b64:48}}⟧ 我刚创建的
api_secret|给带单老师的API：{{alnum:64}} 私钥 ⟦{{alnum:64}}⟧ 现在想撤回
api_secret|我的 SecretKey 是 ⟦{{hex32u}}⟧，帮我看下权限是不是没开交易
passphrase|API口令是 ⟦xiaoyu_888⟧
passphrase|Passphrase：⟦Mima@API01⟧ 我忘了是不是这个
passphrase|创建API时候设的密码短语 ⟦春眠不觉晓2024⟧
totp_seed|谷歌验证器的密钥 ⟦{{b32:16}}⟧ 手机丢了怎么办
totp_seed|我备份了谷歌验证的16位密钥：⟦{{b32:16:g4}}⟧ 能直接帮我关掉二次验证吗
totp_seed|2FA备份密钥 ⟦{{b32:32}}⟧
totp_seed|谷歌驗證器的金鑰：⟦{{b32:32:g4,lower}}⟧
totp_seed|绑定GA的时候那串字母 ⟦{{b32:16:lower}}⟧ 我存了
totp_seed|身份验证器恢复密钥⟦{{b32:32:g4}}⟧
totp_seed|谷歌验证码的备份key ⟦{{b32:16}}⟧ 新手机上加不了
code|验证码 ⟦{{code:6}}⟧
code|验证码：⟦{{code:6:zh}}⟧
code|短信验证码是⟦{{code:6}}⟧
code|谷歌验证码 ⟦{{code:6}}⟧ 快点 30秒就过期了
code|邮箱验证码：⟦{{code:6:sp2}}⟧
code|码是 ⟦{{code:6:yao}}⟧
code|驗證碼 ⟦{{code:6}}⟧
code|簡訊驗證碼是⟦{{code:6}}⟧
code|收到了，⟦{{code:6:fw}}⟧
code|验证码⟦{{code:6:zhling}}⟧
code|客服要的验证码：⟦{{code:6:sp1}}⟧
code|刚收到短信 ⟦{{code:6}}⟧ 是你们发的吗
code|GA码 ⟦{{code:6:sp3}}⟧
code|yanzhengma ⟦{{code:6}}⟧
code|我收到的数字是 ⟦{{code:6}}⟧，要给你吗？给你了
code|邮件里的码 ⟦{{code:6:zh}}⟧ 我念给你听
code|提现确认码 ⟦{{code:6}}⟧ 这笔提现不是我发起的！
code|动态码：⟦{{code:6}}⟧
code|手机验证码⟦{{code:4}}⟧ 邮箱验证码⟦{{code:6}}⟧
code|二次验证 ⟦{{code:6:dash3}}⟧
code|我看到的是 ⟦{{code:6:yao}}⟧，对吧
code|校验码 ⟦{{code:6}}⟧
code|verify code ⟦{{code:6}}⟧ 谢谢
code|刚才的作废了 新的是 ⟦{{code:6}}⟧
code|安全验证码：⟦{{code:6:fw}}⟧
code|⟦{{code:6}}⟧
code|我的code是⟦{{code:6}}⟧
code|谷歌驗證碼⟦{{code:6:sp3}}⟧請盡快
code|短信上写的 【Exchange】您的验证码为⟦{{code:6}}⟧，5分钟内有效，切勿告知他人。
code|验证码就是 ⟦{{code:6:zh}}⟧ 啊 你们到底要几次
code|六位数字 ⟦{{code:6:sp1}}⟧
code|备用码 ⟦{{code:8}}⟧ ⟦{{code:8}}⟧
password|我的密码是 ⟦abc123456⟧ 登不上
password|登录密码：⟦Zhang@1988⟧
password|资金密码 ⟦520131⟧
password|密碼是 ⟦Lin19900815⟧
password|口令 ⟦woaini1314⟧
password|pwd: ⟦Xiaoming_2023⟧
password|mima ⟦qwe123!!⟧
password|my 密码 is ⟦Tianxia#001⟧
password|密码和我邮箱的一样 ⟦wangfang0909⟧
password|交易密码是 ⟦６６８８９９⟧
password|账号 13800000000 密码 ⟦Aa112233⟧ 帮我登一下看看
password|登錄密碼 ⟦Chen@Hk2022⟧ 一直顯示錯誤
password|密码 ⟦ｌｏｖｅ５２０⟧（全角的）
password|你们系统让我改密码，我改成了 ⟦Bitcoin666⟧ 还是登不上
password|新密码 ⟦Sun_flower88⟧ 旧密码 ⟦sunflower88⟧
password|我设的支付密码 ⟦147258⟧ 忘了是不是这个
password|用户名 laoli1962 密码 ⟦laoli1962abc⟧
password|密码应该是我生日加名字 ⟦liuyang0321⟧
password|登陆密码⟦Qq!2024Qq⟧ 麻烦帮我重置
password|app锁屏密码 ⟦0516⟧ 跟登录密码 ⟦Mm0516mm⟧
password|PIN码 ⟦8866⟧
password|我的pass ⟦hello_ketty7⟧ 是不是太简单了
password|密码是“⟦我爱北京2008⟧”
password|密码：⟦Aqwe@@1357⟧ 帐号我就不说了
password|就是 ⟦woshishui!⟧ 这个密码
password|資金密碼 ⟦112358⟧
seed|好的，助记词 ⟦{{seed:12}}⟧，麻烦你了
seed|我把钱包的12个英文单词发过来 ⟦{{seed:12}}⟧ 大小写有关系吗
seed|助记词（一共十二个）：⟦{{seed:12:numdotsp}}⟧
seed|你们能帮我保管助记词吗 ⟦{{seed:12}}⟧
seed|钱包恢复词 ⟦{{seed:12:dots}}⟧
seed|群里的客服说只要提供助记词就能领空投，⟦{{seed:12}}⟧ 现在钱包空了
seed|中文助记词 ⟦{{seed:12:zh,commazh}}⟧
seed|助记词⟦{{seed:12:zh}}⟧导入失败
seed|这是我的恢复词，一个词一行：\n⟦{{seed:12:zh,nl}}⟧
seed|我漏抄了一个 ⟦{{seed:12:drop}}⟧
seed|以前的钱包 记得是 ⟦{{seed:12:typo2}}⟧ 帮忙看看
seed|請協助！助記詞 ⟦{{seed:12:title}}⟧
seed|記憶詞 ⟦{{seed:12:zht,nospace}}⟧
seed|助记词 ⟦{{seed:24}}⟧ 谢谢 🙏
private_key|我的钱包私钥 ⟦{{hex}}⟧ 是不是被盗了
private_key|私钥给你核对：⟦{{hex:0x}}⟧
private_key|鑰匙（私鑰）⟦{{hex:g8}}⟧
private_key|pk ⟦{{sol}}⟧ phantom 的
api_secret|API秘钥 ⟦{{hex32u}}⟧ 要删掉吗
code|登录验证码⟦{{code:6}}⟧
code|刚刚收到的 ⟦{{code:6:sp2}}⟧ 是啥
code|验证码是⟦{{code:6:yao}}⟧我念的
code|邮箱码 ⟦{{code:6}}⟧ 手机码 ⟦{{code:6}}⟧
password|密码 ⟦Hh778899⟧
password|我登录用的是 ⟦Dd@7788⟧
password|密码给你你帮我登 ⟦Fang_1975⟧
password|口令是 ⟦ｍｙｐａｓｓ２０２４⟧
code|验证码 ⟦四 七 零 两 九 一⟧
code|号码是⟦幺三五 七九八⟧
code|验证码收到了：⟦三三八二零五⟧，你们快点处理
code|我念一下：⟦五、五、八、二、一、零⟧
code|短信碼 ⟦{{code:6:sp3}}⟧
code|谷歌码⟦{{code:6}}⟧ 你们后台能看到吧
code|我已经等了两天了，提现一直卡着，工单号 {{digits:9}} 也没人回，刚才又让我输验证码，我输了 ⟦{{code:6}}⟧ 还是失败，到底怎么回事，再不处理我就投诉了
code|手機收到 ⟦{{code:6}}⟧ 係咪你哋發嘅
code|是这个吗 ⟦{{code:6:fw}}⟧ 短信里的
password|我把登录密码告诉你 ⟦Yy@yy2580⟧ 你帮我看看账户
password|密码是老伴的生日 ⟦19560723⟧
password|我的資金密碼係 ⟦246810⟧ 唔知點解錯
password|忘记是哪个了，可能是 ⟦Abc@12345⟧ 也可能是 ⟦abc@12345⟧
password|邮箱密码 ⟦163mail_Wu⟧（和这里一样）
password|交易所密码是⟦Huahua#0101⟧请帮我解冻
password|password 密码 ⟦Ll_20240601⟧
seed|我的助记词我念给你：⟦{{seed:12}}⟧，这样你们就能帮我把冻结的币转出来了对吧？其他客服说可以的
seed|你好 我是在抖音上看到的教程 他说要把助记词发给官方客服做钱包认证 我的是 ⟦{{seed:12:numcn}}⟧
seed|助记词 ⟦{{seed:12:upper,dash}}⟧
seed|恢復短語：⟦{{seed:24:comma}}⟧
private_key|SOL私钥 ⟦{{sol}}⟧ 我签名了一个领取空投的合约然后币就没了
private_key|私钥 ⟦{{hex:wrap}}⟧ 复制的时候换行了
totp_seed|谷歌验证 密钥：⟦{{b32:16:g4,lower}}⟧，二维码下面那个
api_secret|機器人的API密鑰 ⟦{{hex32u}}⟧ 跟 passphrase ⟦Bot2024tw!⟧
