"""Remote-access wording for the outbound checker: the tools a scammer has a customer install or
open ("AnyDesk", "向日葵", "share your screen"), and the words that make a sentence about one a
warning or advice ("uninstall it", "should never be installed").

Kept apart from the other word lists (``outbound_triggers`` scans for these names) so that each file
stays small; like every outbound word list's pattern they are matched against the ASCII-lower-cased
message.
"""

from __future__ import annotations

from .textutil import compile_ascii

__all__ = ["REMOTE_ACCESS", "REMOTE_NEGATED_AFTER", "REMOTE_REMOVE_IT", "REMOTE_SAFE_VERBS"]

REMOTE_ACCESS = compile_ascii(
    r"\b(?:any\s*desk|team\s*viewer|to\s*desk|rust\s*desk|ultra\s*viewer|quick\s*support"
    r"|quick\s*assist|splashtop|logmein|screen\s*connect|zoho\s+assist|supremo|airdroid"
    r"|chrome\s+remote\s+desktop|remote\s+(?:access|control|desktop|support|assistance"
    r"|session|app|software|tool)|share\s+(?:your|the)\s+(?:\w+\s+)?screen|screen[- ]?shar(?:e|ing)"
    r"|hop\s*to\s*desk|any\s*viewer|ammyy|parsec|remote\s*pc|(?:real|tight|ultra)?vnc"
    r"|mirror\s+(?:your\s+|the\s+)?(?:\w+\s+)?screen|screen[- ]?mirroring"
    r"|take\s+(?:over\s+)?control\s+of\s+your|connect\s+(?:to|into)\s+your\s+(?:computer|pc|laptop|desktop"
    r"|device|phone|screen)|remotely\s+(?:connect|log|access|control|assist|help|fix|operate)"
    r"|remote\s+in(?:to)?)\b"
    r"|向日葵|屏幕共享|共享屏幕|共享桌面|远程协助|远程控制|远程桌面|远程操作|远程连接|远程软件"
    r"|远程工具|远程指导|远程访问|远程登录|远程处理|远程帮|uu远程|qq远程|投屏|屏幕镜像"
    r"|(?:共享|分享)(?:一下|下)?(?:您的|你的)?(?:手机|电脑)?屏幕|看(?:一下|下)?(?:您的|你的)(?:手机|电脑)?屏幕"
    r"|(?:开启|打开|开一下|开下)(?:屏幕)?共享|屏幕(?:给我|让我|给我们)看|萤幕共享|共享萤幕|远端(?:协助|控制|连线|桌面|操作)"
    r"|(?:屏幕|萤幕|画面)(?:分享|共享)"
    r"|远程[^，。,.]{0,4}?(?:工具|软件|程序|app)|远端[^，。,.]{0,3}?(?:软体|软件|工具|程序)"
    r"|远程(?:访问|控制|操作)?权限|(?:屏幕|画面)投(?:到|给)|快速助手|远程连(?:一下|下|上|接)?"
    r"|\baccess\s+your\s+(?:\w+\s+)?(?:pc|computer|laptop|device|phone|desktop|mac)\b"
    # "install … so I can see your screen": watching the customer's screen is remote access too
    r"|\b(?:see|view|watch|look\s+at)\s+(?:your|ur)\s+(?:\w+\s+)?screen\b"
)
REMOTE_SAFE_VERBS = compile_ascii(
    r"\b(?:uninstall|close|remove|delete|quit|exit|disconnect|end|terminate|stop)\b"
    r"|卸载|关闭|删除|断开|退出"
)
REMOTE_REMOVE_IT = compile_ascii(
    r"\b(?:uninstall|remove|delete)\s+(?:it|them|the\s+app|that\s+app)\b|(?:把它|将其)?(?:卸载|删除)(?:掉|它)"
)
# The remote tool is the subject of a negated predicate after it: a warning in the passive voice.
REMOTE_NEGATED_AFTER = compile_ascii(
    r"\b(?:should|must|will|would|can|may|do|does)?\s*(?:never|not|n't)\s+(?:be\s+)?(?:install(?:ed)?|download(?:ed)?"
    r"|use[sd]?|run|open(?:ed)?|allow(?:ed)?|trust(?:ed)?)\b|(?:不要|切勿|请勿|千万不要|别|不能|不应)(?:随意|随便)?(?:安装|下载|使用|打开)"
    # round 6: the tool told as a danger ("… give a stranger full control of your computer",
    # 这类远程工具会让陌生人完全控制您的电脑)
    r"|\b(?:gives?|hands?|lets?|allows?)\s+(?:a\s+|any\s+)?(?:strangers?|scammers?|someone|anyone|attackers?"
    r"|hackers?|criminals?|thieve?s?)\b|\b(?:is|are)\s+(?:(?:very|extremely)\s+)?(?:dangerous|risky|unsafe)\b"
    r"|让(?:陌生人|骗子|别人|他人|黑客|对方)(?:完全|随意)?(?:控制|操作|看到|操控)|(?<![不没无])(?:很|非常|十分)?危险"
)
