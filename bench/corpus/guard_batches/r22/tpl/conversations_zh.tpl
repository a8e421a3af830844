# r22 conversations, Chinese: one customer message per line, a blank line between conversations.

在吗
我钱包里的币被转走了
助记词前六个 ⟦{{part:z1:seed12:1:2}}⟧
后六个 ⟦{{part:z1:seed12:2:2}}⟧

验证码
⟦{{part:z2:code6:1:2}}⟧
⟦{{part:z2:code6:2:2}}⟧
刚才没发完

你好 充值没到账
哈希 {{txh}}
ERC20 的 500U
好的 我等一下

密码 ⟦Lili@2019⟧
不对不对 发错了 是这个 ⟦Lili@2020⟧
你帮我登一下看看

助记词我分三条发
⟦{{part:z5:seed12:1:3:numcn}}⟧
⟦{{part:z5:seed12:2:3:numcn}}⟧
⟦{{part:z5:seed12:3:3:numcn}}⟧
收到了吗

客服你好，我年纪大了不太会用
儿子给我写的纸条上有十二个字
⟦{{part:z6:zhseed12:1:2}}⟧
⟦{{part:z6:zhseed12:2:2}}⟧
麻烦帮我看看钱还在不在

私钥太长了分两段
⟦{{part:z7:hex:1:2}}⟧
⟦{{part:z7:hex:2:2}}⟧

提现一直审核中
订单号 {{digits:18}}
已经六个小时了
哦 刚到账了 谢谢

验证码是 ⟦五八三⟧
⟦二九一⟧
就这六个数

谷歌验证码 ⟦{{code:6}}⟧
过期了 新的 ⟦{{code:6}}⟧

我的API用不了了
apikey {{uuid}}
secret ⟦{{hex32u}}⟧
passphrase ⟦Xiaomao_2024⟧

有人吗
怎么一直没人回
C2C订单 {{digits:19}} 卖家不放币
他给我发了个转账截图 但是我没收到钱
申诉了 谢谢

第一个词 ⟦{{part:z13:seed12:1:4}}⟧
⟦{{part:z13:seed12:2:4}}⟧
⟦{{part:z13:seed12:3:4}}⟧
最后三个 ⟦{{part:z13:seed12:4:4}}⟧

有个自称客服的人加我微信
他让我把助记词发给他做安全验证
我没发
这个是骗子吧？我已经在APP里改了密码

助記詞 ⟦{{part:z15:seed12:1:2}}⟧
還有 ⟦{{part:z15:seed12:2:2}}⟧
請幫我查一下錢包

短信码
⟦{{part:z16:code6:1:3:zh}}⟧
⟦{{part:z16:code6:2:3:zh}}⟧
⟦{{part:z16:code6:3:3:zh}}⟧

Phantom私钥
⟦{{part:z17:sol:1:2}}⟧
⟦{{part:z17:sol:2:2}}⟧
复制的时候断了

谷歌验证器换手机了
备份的密钥是 ⟦{{part:z18:b32:1:2}}⟧
⟦{{part:z18:b32:2:2}}⟧
能帮我重置吗

为 什 么 我 的 提 现 一 直 不 到
我 用 的 是 老 人 机 打 字 慢
地 址 是 {{trx}}
好 的 谢 谢 你
