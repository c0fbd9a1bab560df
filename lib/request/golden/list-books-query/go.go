package main

import (
	"fmt"
	"net/http"
	"io"
)

func main() {

	url := "https://api.bookshelf.example/v1/books?limit=5&cursor=b2Zmc2V0OjU&genre=mystery&q=sherlock&available=true&tags=classic&tags=gothic&authorId=au_003&sort=-publishedYear"

	req, _ := http.NewRequest("GET", url, nil)

	req.Header.Add("Accept", "application/json")

	res, _ := http.DefaultClient.Do(req)

	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)

	fmt.Println(string(body))

}
