package jp.ocn.mypage.portal;

/** {@code java -jar portal/target/mypage-portal.jar}: serves the demo portal until stopped. */
public final class PortalMain {

    private PortalMain() {}

    public static void main(String[] args) {
        PortalConfig config = PortalConfig.fromEnvironment(System.getenv());
        PortalApp app = PortalApp.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
        System.out.println("MyPage demo portal: " + config.baseUrl() + "/ (login server " + config.issuer() + ")");
    }
}
