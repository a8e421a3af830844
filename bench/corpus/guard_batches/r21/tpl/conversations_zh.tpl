# r21 conversations (zh): consecutive customer messages, a blank line ends a conversation. Blind batch: see ../README.md.
你好，恢复钱包，先发前一半
⟦{{seed12@a:p1/2}}⟧
⟦{{seed12@a:p2/2}}⟧

助记词第一段：⟦{{seed12@b:p1/3}}⟧
等一下孩子在哭
第二段 ⟦{{seed12@b:p2/3}}⟧
最后 ⟦{{seed12@b:p3/3}}⟧

我有24个词，聊天框限制字数分两次发
⟦{{seed24@c:s1-16}}⟧
⟦{{seed24@c:s17-24}}⟧ 就这些

备份词是 ⟦{{seed12@d:s1-11}}⟧
还有最后一个 ⟦{{seed12@d:s12-12}}⟧

1到6个 ⟦{{seed18@e:p1/3}}⟧
7到12 ⟦{{seed18@e:p2/3}}⟧
13到18 ⟦{{seed18@e:p3/3}}⟧

⟦{{seed12@f:p1/4}}⟧
⟦{{seed12@f:p2/4}}⟧
⟦{{seed12@f:p3/4}}⟧
⟦{{seed12@f:p4/4}}⟧

登不上去，我用的密码下一条发
⟦Xiaoyu#2021⟧

短信码
⟦73⟧
⟦20⟧
⟦58⟧

APP上的码 ⟦四八一⟧
⟦九零六⟧ 刚才被打断了

转账钱包的私钥前半段 ⟦{{hex64@g:h1}}⟧
后半段 ⟦{{hex64@g:h2}}⟧

phantom私钥第一段 ⟦{{sol@h:h1}}⟧
第二段 ⟦{{sol@h:h2}}⟧

api key ⟦{{apikey@i}}⟧
secret ⟦{{apisecret@i}}⟧
密码短语 ⟦Lianghua_Desk_7⟧

验证器密钥 ⟦{{b32@j:g4}}⟧
现在显示 ⟦217 904⟧

你要的是資金密碼嗎？
⟦806215⟧

密码是 ⟦taohua_99⟧
不对 首字母大写 ⟦Taohua_99⟧

xprv分两段 ⟦{{xprv@k:h1}}⟧
⟦{{xprv@k:h2}}⟧

充值哈希太长分两条：{{txid@t:h1}}
{{txid@t:h2}}，昨天ERC20转的500U

订单 38812
还有 38813，都被无故取消了
UID {{digits8}}
