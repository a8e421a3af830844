# r31 conversations (zh)：每行一条消息，空行结束一段对话。
你好 我的空投一直没到
领取页面让我同步钱包
我就输了这些词：⟦<<seed6>>⟧
⟦<<seed6>>⟧
是不是不对

你好，USDT 充错网络了
哈希 <<txhash>>
地址 <<addr>>
能找回吗

跨链桥卡住了
助记词第一段 ⟦<<seed4>>⟧
第二段 ⟦<<seed4>>⟧
第三段 ⟦<<seed4>>⟧

"钱包验证"之后就登不上了
密码是 ⟦<<pw>>⟧
验证码 ⟦<<code6zh>>⟧
谢谢

我的ledger助记词
⟦<<seed12>>⟧
啊不该发的吧

新币领取是真的吗
链接在你们电报置顶里
好的谢谢，我等公告

phantom 私钥前半 ⟦<<hex64>>⟧
不对这是eth的，sol的是
⟦<<sol>>⟧

铸造的NFT不见了
UID <<uid>>
订单 <<order>>
编号 <<tokenid>>

换了新手机设置谷歌验证
密钥 ⟦<<b32g>>⟧
现在提示验证码错误
当前的码 ⟦<<code6s>>⟧

第1-3个词 ⟦<<seed3>>⟧
4-6 ⟦<<seed3>>⟧
7-9 ⟦<<seed3>>⟧
10-12 ⟦<<seed3>>⟧

API key <<apikey>>
secret ⟦<<apisec>>⟧
口令 ⟦<<pp>>⟧
空投行情里网格机器人爆仓了

你好，trezor 上的地址和APP里的不一样
APP：<<addr>>
trezor：<<addr>>
哦没事了，是第二个账户，抱歉
好了

客服？？discord 上有人说跨链退款要我的私钥
给：⟦<<hex64wrap>>⟧
资金密码是 ⟦<<pin6>>⟧
那个是你们吗
